# Generator functions: lazy execution, state between yields, exhaustion
def countdown(n):
    print("  countdown started")
    while n > 0:
        print(f"  yielding {n}")
        yield n
        n -= 1
    print("  countdown finished")

g = countdown(3)
print(type(g).__name__, "created, nothing ran yet")
print("first:", next(g))
print("second:", next(g))
print("rest:", list(g))
print("again:", list(g), next(g, "exhausted"))

def squares(limit):
    for i in range(limit):
        yield i * i
print(list(squares(6)), sum(squares(101)), max(squares(10)))

def empty():
    return
    yield
print(list(empty()), type(empty()).__name__)

def mixed():
    yield 1
    yield "two"
    yield [3]
    yield None
for item in mixed():
    print(repr(item), end=" ")
print()

def gen_with_return():
    yield 1
    return "ignored by for loops"
print([x for x in gen_with_return()])

a = squares(3)
b = squares(3)
print(next(a), next(a), next(b), list(a), list(b))
print(iter(a) is a, hasattr(a, "__next__"), hasattr(squares, "__next__"))

def alternating():
    sign = 1
    n = 1
    while True:
        yield sign * n
        sign = -sign
        n += 1
alt = alternating()
print([next(alt) for _ in range(8)])
x, y, z = squares(3)
print(x, y, z)
print(*squares(4), sep=",")
print(dict(enumerate(squares(4))), tuple(squares(3)), set(squares(3)) == {0, 1, 4})
