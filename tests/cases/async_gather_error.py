# The first exception in gather propagates; the other children keep running.
import asyncio

async def slow(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "completed")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def bad(delay):
    await asyncio.sleep(delay)
    raise KeyError("bad key")

async def level2():
    return await asyncio.gather(slow("s1", 0.01), bad(0), slow("s2", 0.03))

async def level1():
    try:
        return await level2()
    finally:
        print("level1 finally")

async def main():
    try:
        await level1()
    except KeyError as e:
        print("caught", repr(e))
    await asyncio.sleep(0.15)
    print("children kept running")
    outer = asyncio.gather(slow("c1", 0.3), slow("c2", 0.3))
    await asyncio.sleep(0.01)
    print("cancel gather:", outer.cancel())
    try:
        await outer
    except asyncio.CancelledError:
        print("gather cancelled", outer.cancelled())

asyncio.run(main())
