# Coroutine objects driven by hand: await chains, return values, send().
async def leaf(x):
    return x * 2

async def middle(x):
    a = await leaf(x)
    b = await leaf(a)
    return a + b

async def top():
    total = 0
    for i in range(4):
        total += await middle(i)
    return total

c = top()
print(type(c).__name__, c.__name__, c.__qualname__)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)

class Ticker:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        got = []
        for i in range(self.n):
            v = yield ("tick", i)
            got.append(v)
        return got

async def uses_ticker():
    r = await Ticker(3)
    print("ticker returned", r)
    return len(r)

co = uses_ticker()
print(co.send(None))
print(co.send("a"))
print(co.send("b"))
try:
    co.send("c")
except StopIteration as e:
    print("stop", e.value)

class C:
    async def method(self, y):
        return await leaf(y) + 1
    @staticmethod
    async def smeth():
        return "static"

async def nested():
    async def inner(z):
        return z - 1
    return [await inner(5), await C().method(3), await C.smeth()]

n = nested()
try:
    n.send(None)
except StopIteration as e:
    print(e.value)
print(C.method.__qualname__)
w = leaf(1).__await__()
print(type(w).__name__)
try:
    next(w)
except StopIteration as e:
    print("wrapper stop", e.value)
