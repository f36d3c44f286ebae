# Async generators: yield, await inside, asend/athrow/aclose, anext.
import asyncio

async def ticker(n, delay=0):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print("ticker cleanup", n)

async def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
            if v == "stop":
                return
    except ValueError as e:
        yield f"caught {e}"
    finally:
        print("echo got", received)

async def main():
    async for i in ticker(3):
        print("tick", i)
    print([i async for i in ticker(2)])
    g = ticker(10)
    print(await g.__anext__(), await anext(g))
    await g.aclose()
    print(await anext(g, "exhausted"))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")

    e = echo()
    print(await e.asend(None))
    print(await e.asend("a"))
    print(await e.asend("b"))
    print(await e.athrow(ValueError("v")))
    try:
        await e.asend("x")
    except StopAsyncIteration:
        print("echo done")

    e2 = echo()
    print(await anext(e2))
    try:
        await e2.asend("stop")
    except StopAsyncIteration:
        print("echo returned")

    ag = ticker(1)
    print(type(ag).__name__, ag.__name__, ag.__qualname__)
    print(ag.__aiter__() is ag)
    await ag.aclose()
    print("closed unstarted")

asyncio.run(main())
