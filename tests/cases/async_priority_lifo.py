# PriorityQueue and LifoQueue orders.
import asyncio

async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "low"), (1, "high"), (2, "mid"), (1, "also high")]:
        await pq.put(item)
    out = []
    while not pq.empty():
        out.append(await pq.get())
    print(out)
    lq = asyncio.LifoQueue()
    for i in range(4):
        lq.put_nowait(i)
    print([lq.get_nowait() for _ in range(4)])
    q = asyncio.Queue()
    async def getter(n):
        v = await q.get()
        print("getter", n, "received", v)
    tasks = [asyncio.create_task(getter(i)) for i in range(3)]
    await asyncio.sleep(0)
    for v in "abc":
        q.put_nowait(v)
    await asyncio.gather(*tasks)

asyncio.run(main())
