# asyncio.Queue: producers/consumers, maxsize back-pressure, join/task_done.
import asyncio

async def producer(q, name, items):
    for i in items:
        await q.put(f"{name}{i}")
        print("put", f"{name}{i}", "size", q.qsize())
    print(name, "producer done")

async def consumer(q, name, log):
    while True:
        item = await q.get()
        print(name, "got", item)
        log.append(item)
        await asyncio.sleep(0)
        q.task_done()

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full())
    log = []
    consumers = [asyncio.create_task(consumer(q, f"c{i}", log)) for i in range(2)]
    await asyncio.gather(producer(q, "a", range(3)), producer(q, "b", range(2)))
    await q.join()
    print("joined, processed", sorted(log))
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)

    q2 = asyncio.Queue()
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    q3 = asyncio.Queue(1)
    q3.put_nowait("x")
    try:
        q3.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull", q3.full())
    print(q3.get_nowait(), q3.empty())
    try:
        q3.task_done()
        q3.task_done()
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait_for(q2.get(), 0.01)
    except TimeoutError:
        print("get timed out")
    q2.put_nowait(1)
    print(await q2.get())

asyncio.run(main())
