# asyncio.run closes async generators left unfinished (shutdown_asyncgens).
import asyncio
import sys

async def numbers(tag):
    try:
        for i in range(10):
            await asyncio.sleep(0)
            yield i
    finally:
        print("cleanup", tag)

keep = []

async def main():
    g = numbers("kept")
    keep.append(g)
    async for x in g:
        if x == 2:
            break
    print("main done", x)

asyncio.run(main())
print("after run")
print(sys.get_asyncgen_hooks() == (None, None))
