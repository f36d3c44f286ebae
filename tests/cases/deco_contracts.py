# Pre- and post-condition decorators raising custom exceptions
class ContractError(Exception):
    pass

def require(pred, msg):
    def decorator(fn):
        def wrapper(*args):
            if not pred(*args):
                raise ContractError(f"precondition of {fn.__name__} failed: {msg} (args={args})")
            return fn(*args)
        wrapper.__name__ = fn.__name__
        return wrapper
    return decorator

def ensure(pred, msg):
    def decorator(fn):
        def wrapper(*args):
            result = fn(*args)
            if not pred(result, *args):
                raise ContractError(f"postcondition of {fn.__name__} failed: {msg} (result={result!r})")
            return result
        wrapper.__name__ = fn.__name__
        return wrapper
    return decorator

@require(lambda x: x >= 0, "x must be non-negative")
@ensure(lambda r, x: r * r <= x < (r + 1) * (r + 1), "r is floor(sqrt(x))")
def isqrt(x):
    r = int(x ** 0.5)
    while r * r > x:
        r -= 1
    while (r + 1) * (r + 1) <= x:
        r += 1
    return r

@ensure(lambda r, xs: r == sorted(xs), "output sorted")
def bad_sort(xs):
    return list(xs) if len(xs) < 3 else list(reversed(xs))

@require(lambda a, b: b != 0, "divisor non-zero")
@ensure(lambda r, a, b: isinstance(r, int), "integer result")
def divide(a, b):
    return a // b if a % b == 0 else a / b

tests = [
    (isqrt, (15,)), (isqrt, (16,)), (isqrt, (10 ** 12 + 1,)), (isqrt, (-4,)),
    (bad_sort, ([2, 1],)), (bad_sort, ([1, 2],)), (bad_sort, ([3, 2, 1],)), (bad_sort, ([1, 2, 3],)),
    (divide, (10, 2)), (divide, (10, 0)), (divide, (10, 3)),
]
for fn, args in tests:
    try:
        print(f"{fn.__name__}{args} = {fn(*args)!r}")
    except ContractError as e:
        print("ContractError:", e)
