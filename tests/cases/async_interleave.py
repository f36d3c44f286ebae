# Interleaving of tasks that yield with sleep(0): CPython's FIFO order.
import asyncio

async def worker(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        await asyncio.sleep(0)
    print(f"{name} done")
    return name

async def main():
    t1 = asyncio.create_task(worker("A", 3))
    t2 = asyncio.create_task(worker("B", 2))
    print("tasks created")
    await asyncio.sleep(0)
    print("main after first yield")
    t3 = asyncio.create_task(worker("C", 1))
    print(await t1, await t2, await t3)
    results = await asyncio.gather(*(worker(c, 2) for c in "XYZ"))
    print(results)

asyncio.run(main())
