# asyncio.wait with the three return_when modes and a timeout.
import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(name)
    return name

def names(tasks):
    return sorted(t.get_name() for t in tasks)

async def main():
    tasks = [asyncio.create_task(job(n, d), name=n) for n, d in (("a", 0.03), ("b", 0.01), ("c", 0.05))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", names(done), names(pending))
    done, pending = await asyncio.wait(tasks)
    print("all:", names(done), names(pending), sorted(t.result() for t in done))

    tasks = [asyncio.create_task(job("x", 0.01, True), name="x"),
             asyncio.create_task(job("y", 0.2), name="y")]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", names(done), names(pending))
    for t in pending:
        t.cancel()
    tasks = [asyncio.create_task(job("p", 0.01), name="p"),
             asyncio.create_task(job("q", 0.3), name="q")]
    done, pending = await asyncio.wait(tasks, timeout=0.05)
    print("timeout:", names(done), names(pending))
    for t in pending:
        t.cancel()
    await asyncio.sleep(0)
    for bad in ([], asyncio.create_task(job("z", 0))):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        await asyncio.wait([job("c", 0)])
    except TypeError as e:
        print("TypeError", e)
    try:
        await asyncio.wait(tasks, return_when="sometimes")
    except ValueError as e:
        print("ValueError", e)

asyncio.run(main())
