# Generator edge cases: re-entrance, gi_ attributes-free checks, generators as arguments
def self_ref():
    yield next(me)   # advancing a running generator is an error
me = self_ref()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
print(next(me, "exhausted after the error"))

def numbers():
    yield 1
    yield 2
    yield 3
g = numbers()
print(list(zip(g, g)))   # the same iterator twice
g = numbers()
print(list(map(lambda a, b: a + b, g, g)))

def gen_in_default(it=(x * 2 for x in range(3))):
    return list(it)
print(gen_in_default(), gen_in_default())  # the default generator is shared and exhausted

def yield_expression_values():
    x = yield 1
    y = yield (x, 2)
    z = yield [x, y]
    return x, y, z
g = yield_expression_values()
print(next(g), g.send("a"), g.send("b"))
try:
    g.send("c")
except StopIteration as e:
    print("returned", e.value)

def yield_in_expressions():
    total = (yield "first") + (yield "second")
    yield f"total={total}"
g = yield_in_expressions()
print(next(g), g.send(10), g.send(32))

def conditional_yield(flag):
    if flag:
        yield "yes"
    return "no-yield"
print(list(conditional_yield(True)), list(conditional_yield(False)))

def lazy_range(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(sum(lazy_range(10)), list(reversed(list(lazy_range(4)))), sorted(lazy_range(5), reverse=True))
print(tuple(lazy_range(3)), "".join(str(i) for i in lazy_range(5)))
try:
    len(lazy_range(3))
except TypeError as e:
    print("TypeError:", e)
try:
    lazy_range(3)[0]
except TypeError as e:
    print("TypeError:", e)
