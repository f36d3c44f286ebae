# shield protects the inner task from the waiter's cancellation.
import asyncio

async def important():
    await asyncio.sleep(0.02)
    print("important work finished")
    return "saved"

async def waiter(inner):
    return await asyncio.shield(inner)

async def main():
    inner = asyncio.create_task(important())
    w = asyncio.create_task(waiter(inner))
    await asyncio.sleep(0.005)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("waiter cancelled")
    print("inner cancelled?", inner.cancelled())
    print(await inner)
    print(await asyncio.shield(important()))
    try:
        await asyncio.wait_for(asyncio.shield(important()), 0.005)
    except TimeoutError:
        print("timeout, but shielded work continues")
    await asyncio.sleep(0.03)

asyncio.run(main())
