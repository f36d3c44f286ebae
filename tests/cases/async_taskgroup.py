# TaskGroup (3.11): waits for children; a failure cancels siblings.
import asyncio

cancelled = []

async def child(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(f"{name} failed")
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        cancelled.append(name)
        raise

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(child("a", 0.01))
        t2 = tg.create_task(child("b", 0.005))
        print("spawned")
    print("group done", t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("ok", 0.05))
            tg.create_task(child("bad", 0.01, fail=True))
            tg.create_task(child("also", 0.05))
    except BaseException as e:
        print(type(e).__name__, e.args[0], sorted(cancelled))
        print([repr(x) for x in e.exceptions])
    async with asyncio.TaskGroup() as tg:
        pass
    print("empty group ok")

asyncio.run(main())
