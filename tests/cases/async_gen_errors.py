# Async generator error paths.
import asyncio

async def raises_stop_async():
    yield 1
    raise StopAsyncIteration

async def raises_stop():
    yield 1
    raise StopIteration

async def stubborn():
    ignored = False
    while True:
        try:
            yield "still here"
        except GeneratorExit:
            if ignored:
                return
            ignored = True
            print("ignoring GeneratorExit")

async def catches():
    try:
        yield 1
    except KeyError as e:
        print("caught", repr(e))
    yield 2

async def main():
    for fn in (raises_stop_async, raises_stop):
        g = fn()
        print(await anext(g))
        try:
            await anext(g)
        except RuntimeError as e:
            print("RuntimeError:", e)
    g = stubborn()
    print(await anext(g))
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    g = catches()
    print(await anext(g))
    print(await g.athrow(KeyError("k")))
    try:
        await g.athrow(IndexError("i"))
    except IndexError as e:
        print("propagated", repr(e))
    g = catches()
    aw = g.asend(None)
    print(await aw)
    try:
        await aw
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await anext(5)
    except TypeError as e:
        print("TypeError:", e)
    try:
        aiter(5)
    except TypeError as e:
        print("TypeError:", e)
    class BadAiter:
        def __aiter__(self):
            return 1
    try:
        aiter(BadAiter())
    except TypeError as e:
        print("TypeError:", e)
    async def empty():
        return
        yield
    print(await anext(empty(), None))
    print([x async for x in empty()])

asyncio.run(main())
