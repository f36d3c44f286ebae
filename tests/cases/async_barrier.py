# asyncio.Barrier (3.11): parties meet before continuing.
import asyncio

async def party(barrier, name, delay):
    await asyncio.sleep(delay)
    print(name, "arrived")
    idx = await barrier.wait()
    print(name, "passed")
    return idx

async def main():
    b = asyncio.Barrier(3)
    print(b.parties, b.n_waiting, b.broken)
    res = await asyncio.gather(party(b, "a", 0.01), party(b, "b", 0.0), party(b, "c", 0.02))
    print(sorted(res))
    b2 = asyncio.Barrier(2)
    t = asyncio.create_task(b2.wait())
    await asyncio.sleep(0)
    await b2.abort()
    try:
        await t
    except asyncio.BrokenBarrierError:
        print("broken", b2.broken)

asyncio.run(main())
