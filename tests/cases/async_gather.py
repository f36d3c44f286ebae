# asyncio.gather: result order, duplicates, futures, empty, return_exceptions.
import asyncio

async def delayed(value, delay):
    await asyncio.sleep(delay)
    print("finished", value)
    return value

async def fails(msg, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(msg)

async def main():
    print(await asyncio.gather(delayed("a", 0.02), delayed("b", 0.01), delayed("c", 0)))
    print(await asyncio.gather())
    t = asyncio.ensure_future(delayed("t", 0))
    print(await asyncio.gather(t, t, delayed("u", 0)))
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(fut.set_result, "from future")
    print(await asyncio.gather(fut, delayed("v", 0)))
    res = await asyncio.gather(fails("x"), delayed("w", 0), fails("y", 0.01),
                               return_exceptions=True)
    print([type(r).__name__ + ":" + str(r) for r in res])
    g = asyncio.gather(delayed("p", 0), delayed("q", 0))
    print(type(g).__name__, g.done())
    print(await g, g.done())

asyncio.run(main())
