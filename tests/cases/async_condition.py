# Condition: wait/notify/notify_all/wait_for.
import asyncio

async def consumer(cond, name, box):
    async with cond:
        await cond.wait_for(lambda: box)
        item = box.pop(0)
        print(name, "consumed", item)

async def waiter(cond, name):
    async with cond:
        print(name, "waiting")
        await cond.wait()
        print(name, "notified")

async def main():
    cond = asyncio.Condition()
    box = []
    consumers = [asyncio.create_task(consumer(cond, f"c{i}", box)) for i in range(3)]
    await asyncio.sleep(0)
    for item in ("x", "y", "z"):
        async with cond:
            box.append(item)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*consumers)
    ws = [asyncio.create_task(waiter(cond, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ws)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
