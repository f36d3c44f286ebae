# asyncio.timeout / timeout_at (3.11): expiry, reschedule, nesting.
import asyncio

async def main():
    async with asyncio.timeout(0.2) as cm:
        await asyncio.sleep(0.001)
    print("no expiry", cm.expired())
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("expired", cm.expired(), type(e).__name__, type(e.__context__).__name__)
    async with asyncio.timeout(None) as cm:
        print("when", cm.when())
        cm.reschedule(asyncio.get_running_loop().time() + 0.01)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("inner sees CancelledError")
            raise
    print("unreachable")

async def outer():
    try:
        await main()
    except TimeoutError:
        print("rescheduled timeout fired")
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.01):
            async with asyncio.timeout(1):
                await asyncio.sleep(1)
    except TimeoutError:
        print("outer deadline hit")
    try:
        async with asyncio.timeout(-1):
            print("body runs")
            await asyncio.sleep(0)
    except TimeoutError:
        print("past deadline")

asyncio.run(outer())
