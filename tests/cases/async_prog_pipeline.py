# A small pipeline: a source, a pool of workers connected by queues, a sink.
import asyncio

async def source(out_q, n):
    for i in range(n):
        await out_q.put(i)
        await asyncio.sleep(0.001)
    print("source exhausted")

async def worker(wid, in_q, out_q):
    while True:
        item = await in_q.get()
        try:
            await asyncio.sleep(0.002 * (item % 3))
            await out_q.put((item, item * item, wid))
        finally:
            in_q.task_done()

async def sink(in_q, n, results):
    for _ in range(n):
        item, square, wid = await in_q.get()
        results[item] = square
        in_q.task_done()

async def main():
    n = 12
    stage1 = asyncio.Queue(maxsize=3)
    stage2 = asyncio.Queue()
    results = {}
    workers = [asyncio.create_task(worker(i, stage1, stage2)) for i in range(3)]
    sink_task = asyncio.create_task(sink(stage2, n, results))
    await source(stage1, n)
    await stage1.join()
    await sink_task
    for w in workers:
        w.cancel()
    outcome = await asyncio.gather(*workers, return_exceptions=True)
    print([type(o).__name__ for o in outcome])
    print(sorted(results.items()))
    print(sum(results.values()))

asyncio.run(main())
