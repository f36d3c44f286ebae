# aclose/athrow on exhausted and closed async generators return None.
import asyncio
async def gen():
    yield 1
async def main():
    g = gen()
    async for x in g:
        pass
    try:
        print(await g.aclose())
    except BaseException as e:
        print("aclose raised", type(e).__name__)
    try:
        print(await g.athrow(ValueError))
    except BaseException as e:
        print("athrow raised", type(e).__name__)
    g2 = gen()
    print(await g2.aclose())
    print(await g2.aclose())
asyncio.run(main())
