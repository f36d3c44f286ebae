# wait_for: results, timeouts cancelling the inner task, None timeout.
import asyncio

async def work(delay, value):
    try:
        await asyncio.sleep(delay)
        return value
    except asyncio.CancelledError:
        print("work cancelled", value)
        raise

async def main():
    print(await asyncio.wait_for(work(0.01, "quick"), timeout=0.5))
    try:
        await asyncio.wait_for(work(0.5, "slow"), timeout=0.02)
    except asyncio.TimeoutError as e:
        print("timed out", type(e).__name__, asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(work(0, "no timeout"), None))
    t = asyncio.create_task(work(0.5, "task"))
    try:
        await asyncio.wait_for(t, 0.01)
    except TimeoutError:
        print("task cancelled?", t.cancelled())
    try:
        await asyncio.wait_for(work(0.5, "zero"), 0)
    except TimeoutError:
        print("zero timeout")
    async def fail():
        await asyncio.sleep(0)
        raise ValueError("inner failure")
    try:
        await asyncio.wait_for(fail(), 1)
    except ValueError as e:
        print("propagated", e)

asyncio.run(main())
