# Cancelling tasks: CancelledError inside, messages, cancelled(), finally.
import asyncio

async def victim(name):
    try:
        print(name, "waiting")
        await asyncio.sleep(1)
        print(name, "not reached")
    except asyncio.CancelledError as e:
        print(name, "got CancelledError", e.args)
        raise
    finally:
        print(name, "finally")

async def swallower():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("swallowed")
    return "survived"

async def main():
    t = asyncio.create_task(victim("v1"))
    await asyncio.sleep(0)
    print("cancel ->", t.cancel())
    print("cancel again ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting raised CancelledError")
    print(t.cancelled(), t.done())
    print("cancel done ->", t.cancel())

    t = asyncio.create_task(victim("v2"))
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("message:", e.args)

    t = asyncio.create_task(victim("v3"))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before start", t.cancelled())

    t = asyncio.create_task(swallower())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

    try:
        t.exception()
    except Exception:
        pass
    t = asyncio.create_task(victim("v4"))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")
    try:
        t.exception()
    except asyncio.CancelledError:
        print("exception() raises CancelledError")
    print(issubclass(asyncio.CancelledError, BaseException),
          issubclass(asyncio.CancelledError, Exception))

asyncio.run(main())
