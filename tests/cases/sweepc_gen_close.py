"""Generators abandoned by break/return are closed (their finally runs)."""


def numbers(tag, n=5):
    try:
        for i in range(n):
            yield i
    finally:
        print(f"cleanup {tag}")


def first_over(limit):
    for x in numbers("fn"):
        if x > limit:
            return x
    return None


for x in numbers("a"):
    if x == 2:
        print("break at", x)
        break
print("after a")
print("returned", first_over(1))
for x in numbers("b", 2):
    pass
else:
    print("else b")
for i in range(2):
    for x in numbers(f"inner{i}"):
        if x == 1:
            break
        print("inner", i, x)
try:
    for x in numbers("c"):
        try:
            if x == 1:
                break
        finally:
            print("loop finally", x)
finally:
    print("outer finally")
g = numbers("kept")
for x in g:
    if x == 1:
        break
print("kept alive, next =", next(g))
g.close()
print("closed", list(g))
for x in (n * 2 for n in numbers("genexp")):
    if x >= 4:
        break
print("genexp done")
it = iter([1, 2, 3])
for x in it:
    break
print(list(it))


def gen_with_cm():
    class CM:
        def __enter__(self):
            print("enter")

        def __exit__(self, *a):
            print("exit", a[0])

    with CM():
        yield 1
        yield 2


for v in gen_with_cm():
    print("got", v)
    break
print("end")


def risky():
    for x in numbers("exc"):
        if x == 2:
            raise ValueError(f"bad {x}")


try:
    risky()
except ValueError as e:
    print("caught", e)
try:
    print([(a, b) for a in "xy" for b in numbers("inner-comp", 3) if 1 / (b - 1)])
except ZeroDivisionError as e:
    print("inner comp error:", e)
print(sum(x for x in numbers("sum", 3)))
