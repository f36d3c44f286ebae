from functools import partial, reduce, wraps
import operator
import time


def pipe(*fns):
    return lambda x: reduce(lambda acc, f: f(acc), fns, x)


clean = pipe(str.strip, str.lower, partial(str.replace, old=" ", new="_") if False else (lambda s: s.replace(" ", "_")))
print(clean("  Hello Big World "))
add = partial(operator.add, 10)
mul3 = partial(operator.mul, 3)
print(pipe(add, mul3, str)(5), list(map(add, range(3))), partial(max, key=len)(["a", "ccc", "bb"]))
p = partial(print, sep=" | ", end=" <\n")
p("a", "b", "c")
base2 = partial(int, base=2)
print(base2("1011"), base2.keywords, base2.func.__name__ if hasattr(base2.func, "__name__") else base2.func)


def retry(times, exceptions=(Exception,)):
    def deco(fn):
        @wraps(fn)
        def wrapper(*a, **kw):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*a, **kw)
                except exceptions as e:
                    last = e
                    print(f"  attempt {attempt} failed: {e}")
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts") from last
        return wrapper
    return deco


calls = {"n": 0}


@retry(3, (ValueError,))
def flaky(x):
    """Fails twice."""
    calls["n"] += 1
    if calls["n"] < 3:
        raise ValueError(f"bad luck #{calls['n']}")
    return x * 2


print(flaky(21), flaky.__name__, flaky.__doc__)
calls["n"] = -5
try:
    flaky(1)
except RuntimeError as e:
    print(e, "| cause:", e.__cause__)


def timed(fn):
    @wraps(fn)
    def w(*a):
        t0 = time.perf_counter()
        r = fn(*a)
        dt = time.perf_counter() - t0
        print(f"{fn.__name__} took {'<1s' if dt < 1 else 'long'}")
        return r
    return w


@timed
def work(n):
    return sum(i * i for i in range(n))


print(work(1000))
ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "**": operator.pow}


def rpn(expr):
    st = []
    for tok in expr.split():
        if tok in ops:
            b, a = st.pop(), st.pop()
            st.append(ops[tok](a, b))
        else:
            st.append(float(tok) if "." in tok else int(tok))
    return st[0]


print(rpn("3 4 + 2 *"), rpn("2 10 **"), rpn("1.5 2 / 4 -"))
