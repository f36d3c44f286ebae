# Exceptions through awaits: context chaining, finally order, re-raise.
import asyncio

async def level3():
    try:
        await asyncio.sleep(0)
        raise ValueError("from level3")
    finally:
        print("level3 finally")

async def level2():
    try:
        await level3()
    except ValueError as e:
        raise RuntimeError("level2 wraps") from e

async def level1():
    try:
        await level2()
    except RuntimeError as e:
        print("level1 caught", e, "cause:", repr(e.__cause__))
        try:
            await level3()
        except ValueError as e2:
            print("context of second:", repr(e2.__context__))
        return "recovered"

async def thrower():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise KeyError("replaced cancel")

async def main():
    print(await level1())
    t = asyncio.create_task(thrower())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except KeyError as e:
        print("task raised", repr(e), "context:", type(e.__context__).__name__)
    try:
        async def nested():
            return 1 / 0
        await nested()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)

asyncio.run(main())
