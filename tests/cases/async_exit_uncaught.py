# An exception escaping asyncio.run ends the program with a traceback.
import asyncio

async def deep(n):
    if n == 0:
        raise LookupError("nothing found at the bottom")
    await asyncio.sleep(0)
    return await deep(n - 1)

async def main():
    print("starting")
    await deep(3)
    print("not reached")

asyncio.run(main())
