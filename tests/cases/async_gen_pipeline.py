# Async generators chained into a pipeline, with awaits between items.
import asyncio

async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def squares(source):
    async for x in source:
        yield x * x

async def evens(source):
    async for x in source:
        if x % 2 == 0:
            yield x

async def take(source, n):
    out = []
    async for x in source:
        out.append(x)
        if len(out) == n:
            break
    return out

async def ticker(name, n):
    for i in range(n):
        yield f"{name}{i}"
        await asyncio.sleep(0)

async def consume(name, n):
    async for v in ticker(name, n):
        print("consumed", v)

async def main():
    print(await take(evens(squares(numbers(20))), 5))
    print([x async for x in squares(numbers(4))])
    await asyncio.gather(consume("a", 3), consume("b", 2))
    g = numbers(3)
    results = []
    while True:
        try:
            results.append(await g.__anext__())
        except StopAsyncIteration:
            break
    print(results)

asyncio.run(main())
