# shield protects the inner task from the waiter's cancellation.
# The inner work waits for an event, not a timer, so the order never depends on load.
import asyncio

async def important(go):
    await go.wait()
    print("important work finished")
    return "saved"

async def waiter(inner):
    return await asyncio.shield(inner)

async def main():
    go = asyncio.Event()
    inner = asyncio.create_task(important(go))
    w = asyncio.create_task(waiter(inner))
    for _ in range(3):
        await asyncio.sleep(0)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("waiter cancelled")
    print("inner cancelled?", inner.cancelled())
    go.set()
    print(await inner)
    print(await asyncio.shield(important(go)))
    later = asyncio.Event()
    try:
        await asyncio.wait_for(asyncio.shield(important(later)), 0.005)
    except TimeoutError:
        print("timeout, but shielded work continues")
    later.set()
    for _ in range(3):
        await asyncio.sleep(0)
    print("done")

asyncio.run(main())
