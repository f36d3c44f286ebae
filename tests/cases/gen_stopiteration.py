# StopIteration.value, return in generators, PEP 479 conversion to RuntimeError
def g1():
    yield 1
    return "result"
it = g1()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value:", repr(e.value), "args:", e.args)
try:
    next(it)
except StopIteration as e:
    print("second time value:", repr(e.value))

def g2():
    yield 1
try:
    gen = g2(); next(gen); next(gen)
except StopIteration as e:
    print("no return -> value", e.value)

def leaky():
    yield 1
    raise StopIteration("escaped")     # becomes RuntimeError (PEP 479)
try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

def uses_next_unsafely(it):
    while True:
        yield next(it)                 # StopIteration inside generator -> RuntimeError
try:
    print(list(uses_next_unsafely(iter([1, 2]))))
except RuntimeError as e:
    print("RuntimeError:", e)

def uses_next_safely(it):
    while True:
        try:
            yield next(it)
        except StopIteration:
            return
print(list(uses_next_safely(iter([1, 2, 3]))))

class Manual:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration(f"stopped after {self.i - 1}")
        return self.i
m = Manual()
print(list(m))
try:
    next(m)
except StopIteration as e:
    print("class StopIteration value:", e.value)

def ret_value_types():
    for v in [None, 0, [1], ("a",)]:
        def g(v=v):
            return v
            yield
        try:
            next(g())
        except StopIteration as e:
            print(repr(e.value), e.args)
ret_value_types()
print(StopIteration(1, 2).value, StopIteration().value)
