# Callable objects via __call__
class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    def __call__(self, x, *rest, scale=1):
        self.calls += 1
        return (x + self.n + sum(rest)) * scale

add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(10, scale=2), add5.calls)
print(callable(add5), callable(Adder), callable(5), callable(print), callable(lambda: 0))
print(list(map(add5, [0, 10, 20])), add5.calls)
print(sorted([3, -1, 2], key=Adder(-10)))

class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs  # highest power first
    def __call__(self, x):
        result = 0
        for c in self.coeffs:
            result = result * x + c
        return result
    def __repr__(self):
        terms = []
        n = len(self.coeffs) - 1
        for i, c in enumerate(self.coeffs):
            p = n - i
            if c:
                terms.append(f"{c}" + (f"x^{p}" if p > 1 else "x" if p == 1 else ""))
        return " + ".join(terms) or "0"
p = Polynomial(2, 0, -3, 1)
print(p, [p(x) for x in range(-2, 3)])

class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.hits = 0
    def __call__(self, *args):
        if args in self.cache:
            self.hits += 1
            return self.cache[args]
        result = self.fn(*args)
        self.cache[args] = result
        return result

@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.hits, len(fib.cache), type(fib).__name__)

class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)

class Counter:
    count = 0
    def __call__(self):
        Counter.count += 1
        return self
c = Counter()
c()()()
print(Counter.count)

class Pipeline:
    def __init__(self, *funcs):
        self.funcs = funcs
    def __call__(self, value):
        for f in self.funcs:
            value = f(value)
        return value
    def __or__(self, other):
        return Pipeline(*self.funcs, other)
pipe = Pipeline(str.strip) | str.lower | (lambda s: s.replace(" ", "_")) | Adder
print(pipe("  Hello World  ").__class__.__name__ if False else Pipeline(str.strip, str.upper)("  hi  "))
pipe2 = Pipeline(str.strip) | str.lower | (lambda s: s.replace(" ", "_"))
print(pipe2("  Hello Big World "))
