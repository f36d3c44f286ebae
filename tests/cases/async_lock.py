# Lock: mutual exclusion, FIFO wake-up order, locked(), errors.
import asyncio

async def critical(lock, name, log):
    print(name, "wants lock")
    async with lock:
        print(name, "has lock")
        log.append(name)
        await asyncio.sleep(0.005)
        print(name, "releases")

async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(critical(lock, n, log) for n in "ABC"))
    print(log, lock.locked())
    await lock.acquire()
    print("locked:", lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    counter = 0
    async def incr():
        nonlocal counter
        for _ in range(5):
            async with lock:
                v = counter
                await asyncio.sleep(0)
                counter = v + 1
    await asyncio.gather(incr(), incr(), incr())
    print("counter", counter)
    print(repr(lock)[-9:])

asyncio.run(main())
