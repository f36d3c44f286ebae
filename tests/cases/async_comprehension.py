# Asynchronous comprehensions and await inside comprehensions.
import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def double(x):
    await asyncio.sleep(0)
    return 2 * x

async def main():
    print([x async for x in agen(4)])
    print({x % 2 async for x in agen(5)})
    print({x: x * x async for x in agen(3)})
    print([x async for x in agen(6) if x % 2 == 0])
    print([await double(x) for x in range(4)])
    print([await double(x) async for x in agen(3)])
    print({k: await double(k) for k in "ab"})
    print([[y async for y in agen(x)] for x in range(3)])
    print([(x, y) async for x in agen(2) for y in range(2)])
    print([y for x in range(3) async for y in agen(x)])
    g = (await double(x) for x in range(3))
    print(type(g).__name__)
    print([v async for v in g])
    h = (x * 10 async for x in agen(3))
    print(type(h).__name__, [v async for v in h])
    print(sum([await double(i) for i in range(5)]))

asyncio.run(main())
