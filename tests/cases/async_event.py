# Event: waiters wake when set; clear; is_set.
import asyncio

async def waiter(ev, name):
    print(name, "waiting")
    await ev.wait()
    print(name, "woke")
    return name

async def main():
    ev = asyncio.Event()
    print(ev.is_set())
    tasks = [asyncio.create_task(waiter(ev, n)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(0.01)
    print("setting")
    ev.set()
    print(await asyncio.gather(*tasks))
    print(ev.is_set(), await ev.wait())
    ev.clear()
    print(ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except asyncio.TimeoutError:
        print("wait timed out")
    asyncio.get_running_loop().call_later(0.01, ev.set)
    print(await ev.wait())

asyncio.run(main())
