import asyncio


async def producer(q, n, name):
    for i in range(n):
        await asyncio.sleep(0)
        await q.put(f"{name}-{i}")
    await q.put(None)


async def consumer(q, results, producers):
    done = 0
    while done < producers:
        item = await q.get()
        if item is None:
            done += 1
            continue
        results.append(item.upper())
        q.task_done()


async def fetch(i):
    await asyncio.sleep(0.001 * (5 - i))
    if i == 3:
        raise ValueError(f"fetch {i} failed")
    return i * i


async def main():
    q = asyncio.Queue(maxsize=2)
    results = []
    await asyncio.gather(producer(q, 3, "a"), producer(q, 2, "b"), consumer(q, results, 2))
    print(sorted(results))
    out = await asyncio.gather(*(fetch(i) for i in range(5)), return_exceptions=True)
    print([type(x).__name__ if isinstance(x, Exception) else x for x in out])
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    t = asyncio.create_task(fetch(1))
    print(await t, t.done(), t.result())
    lock = asyncio.Lock()
    counter = 0

    async def bump():
        nonlocal counter
        async with lock:
            v = counter
            await asyncio.sleep(0)
            counter = v + 1

    await asyncio.gather(*(bump() for _ in range(10)))
    print("counter", counter)

    async def agen(n):
        for i in range(n):
            await asyncio.sleep(0)
            yield i * 10

    print([x async for x in agen(4)])
    ev = asyncio.Event()

    async def waiter():
        await ev.wait()
        return "released"

    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    print(await w)
    return "main done"


print(asyncio.run(main()))
