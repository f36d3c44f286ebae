# Timers: tasks sleeping different (small) amounts finish in time order.
import asyncio
import time

async def sleeper(name, delay, log):
    await asyncio.sleep(delay)
    log.append(name)
    print("woke", name)

async def main():
    log = []
    start = time.monotonic()
    await asyncio.gather(
        sleeper("slow", 0.05, log),
        sleeper("fast", 0.01, log),
        sleeper("mid", 0.03, log),
        sleeper("zero", 0, log),
    )
    elapsed = time.monotonic() - start
    print(log)
    print("elapsed ok:", 0.045 <= elapsed < 0.5)
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(0.02)
    print("loop.time advanced:", loop.time() - t0 >= 0.019)

asyncio.run(main())
