# asyncio basics, dunder calls on builtins, comprehensions, walrus, assignment forms.
import asyncio
async def work(n, d):
    await asyncio.sleep(d)
    print("done", n)
    return n * 2
async def main():
    r = await asyncio.gather(work(1, 0.02), work(2, 0.01), work(3, 0))
    print(r)
    t = asyncio.create_task(work(4, 0))
    print(await t)
    async def agen():
        for i in range(3):
            yield i
    print([x async for x in agen()])
asyncio.run(main())
x = [1, 2, 3]
print(x.__len__(), x.__getitem__(0), "a".__add__("b"), (1).__add__(2), (1).__radd__(2), int.__add__(3, 4))
print((5).__truediv__(2), (5).__floordiv__(0) if False else "", 1 .__lt__(2), "a".__eq__(1))
print(list.__dict__["append"].__name__ if hasattr(list, "__dict__") else "x")
print(str.upper("abc"), list.__len__([1]), dict.get({"a": 1}, "a"), set.union({1}, {2}))
import sys
print(sys.getsizeof(1) > 0, sys.intern("a") == "a")
def gen():
    x = yield
    while True:
        x = yield x * 2
g = gen(); next(g); print(g.send(3), g.send(10))
nums = [1, 2, 3, 4, 5, 6]
print([n for n in nums if n % 2 == 0 if n > 2], [(a, b) for a in range(3) for b in range(a)])
print([y for x in [[1, 2], [3]] for y in x], {n: n ** 2 for n in nums if n < 4})
print([[r * c for c in range(1, 4)] for r in range(1, 4)])
if (n := len(nums)) > 3:
    print("walrus", n)
print([m for v in nums if (m := v * 10) > 30], m)
while (item := nums.pop()) > 4:
    print("popped", item)
print(nums, item)
a = b = c = 5
a += 1
print(a, b, c)
i, j = j, i = 1, 2
print(i, j)
lst = [0, 0, 0]
k = 0
k, lst[k] = 1, 9
print(k, lst)
x = [1, 2]
x[0], x[1] = x[1], x[0]
print(x)
t = 1,
print(t, type(t), (), (1), ((1,),))
print(*"abc", *[1, 2], sep=":")
print(f"{'a' if True else 'b'}", f"{1:{'0'}{4}}", f"{'%s' % 5}")
val = 12.5
print(f"{val=}", f"{val = :.1f}", f"{val!r:>8}", f"{'{'}{val}{'}'}")
