# Cancellation while awaiting nested coroutines; cancelling()/uncancel().
import asyncio

async def resource(name):
    print("open", name)
    try:
        await asyncio.sleep(1)
    finally:
        print("close", name)
        await asyncio.sleep(0)
        print("closed", name)

async def outer():
    try:
        await resource("inner")
    except asyncio.CancelledError:
        print("outer sees cancel, cancelling() =", asyncio.current_task().cancelling())
        raise

async def self_cancel():
    task = asyncio.current_task()
    task.cancel()
    print("cancelling:", task.cancelling())
    print("uncancel:", task.uncancel())
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("the pending cancellation still arrives")
    return "caught"

async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled")
    print(await asyncio.create_task(self_cancel()))

    async def cancel_me_soon():
        await asyncio.sleep(0.01)
        main_task.cancel()
    main_task = asyncio.current_task()
    helper = asyncio.create_task(cancel_me_soon())
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("main was cancelled while sleeping")
    await helper
    return "end"

print(asyncio.run(main()))
