# Futures: results from callbacks and timers, exceptions, states, reprs.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f, f.done())
    loop.call_soon(f.set_result, 42)
    print(await f, f)
    f2 = loop.create_future()
    loop.call_later(0.01, f2.set_exception, KeyError("missing"))
    try:
        await f2
    except KeyError as e:
        print("awaited exception", repr(e), f2.done())
    print(f2)
    f3 = asyncio.Future()
    f3.add_done_callback(lambda fut: print("done callback 1", fut.result()))
    f3.add_done_callback(lambda fut: print("done callback 2", fut.result()))
    def cb3(fut):
        print("never called")
    f3.add_done_callback(cb3)
    print("removed", f3.remove_done_callback(cb3))
    f3.set_result("x")
    print("set_result returned; callbacks are scheduled")
    await asyncio.sleep(0)
    for action in (lambda: f3.set_result(1), lambda: f3.set_exception(ValueError()),
                   lambda: loop.create_future().set_exception(StopIteration()),
                   lambda: loop.create_future().set_exception(5)):
        try:
            action()
        except (asyncio.InvalidStateError, TypeError) as e:
            print(type(e).__name__, e)
    f4 = loop.create_future()
    print(f4.cancel("why"), f4.cancelled(), f4)
    try:
        await f4
    except asyncio.CancelledError as e:
        print("cancelled future:", e.args)
    f5 = loop.create_future()
    f5.set_result([1, 2, 3])
    print(f5, f5.result(), f5.exception())
    f6 = loop.create_future()
    f6.set_exception(RuntimeError)
    print(repr(f6.exception()))
    print(f6.get_loop() is loop)
    f7 = loop.create_future()
    f7.set_result("a" * 40)
    print(f7)
    def later(fut, v):
        print("later callback")
        fut.set_result(v)
    f8 = loop.create_future()
    h = loop.call_later(0.01, later, f8, "eight")
    print(type(h).__name__, h.cancelled())
    print(await f8)

asyncio.run(main())
