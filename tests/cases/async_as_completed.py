# as_completed yields awaitables in completion order; timeout.
import asyncio

async def job(value, delay):
    await asyncio.sleep(delay)
    return value

async def main():
    aws = [job("three", 0.03), job("one", 0.01), job("two", 0.02)]
    for fut in asyncio.as_completed(aws):
        print(await fut)
    try:
        for fut in asyncio.as_completed([job("fast", 0.01), job("slow", 0.5)], timeout=0.05):
            print(await fut)
    except asyncio.TimeoutError:
        print("as_completed timed out")

asyncio.run(main())
