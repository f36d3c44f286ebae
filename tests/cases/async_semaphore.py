# Semaphore limits concurrency; BoundedSemaphore over-release.
# Holders yield with sleep(0), not timers, so the interleaving never depends on load.
import asyncio

active = 0
peak = 0

async def limited(sem, n):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        print("start", n, "active", active)
        for _ in range(n % 3 + 1):
            await asyncio.sleep(0)
        active -= 1
        print("end", n)
    return n

async def main():
    sem = asyncio.Semaphore(2)
    print(await asyncio.gather(*(limited(sem, i) for i in range(5))))
    print("peak", peak, "locked", sem.locked())
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    print("bounded locked", b.locked())
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    s = asyncio.Semaphore(0)
    asyncio.get_running_loop().call_later(0.01, s.release)
    print(await s.acquire())

asyncio.run(main())
