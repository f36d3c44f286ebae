# Event loop API: run_until_complete, call_soon/call_later/call_at order, stop.
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.is_running(), loop.is_closed())

def cb(name, *args):
    print("callback", name, args)

loop.call_soon(cb, "first")
loop.call_later(0.02, cb, "later-2")
loop.call_later(0.01, cb, "later-1")
h = loop.call_later(0.015, cb, "cancelled")
h.cancel()
loop.call_at(loop.time() + 0.005, cb, "at", 1, 2)
loop.call_soon(cb, "second")

async def main():
    print("main running", asyncio.get_running_loop() is loop, loop.is_running())
    await asyncio.sleep(0.03)
    return "main result"

print(loop.run_until_complete(main()))
loop.call_soon(cb, "before stop")
loop.call_soon(loop.stop)
loop.call_soon(cb, "same iteration")
loop.run_forever()
print("after run_forever")
fut = loop.create_future()
loop.call_later(0.01, fut.set_result, "future value")
print(loop.run_until_complete(fut))
print(asyncio.get_event_loop() is loop)
loop.close()
print(loop.is_closed())
try:
    loop.run_until_complete(main())
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    loop.call_soon(cb, "x")
except RuntimeError as e:
    print("RuntimeError:", e)
loop.close()

loop2 = asyncio.new_event_loop()
def raiser():
    raise ValueError("in callback")
def handler(lp, context):
    print("handler:", context["message"].split(" at ")[0], repr(context["exception"]))
loop2.set_exception_handler(handler)
loop2.call_soon(raiser)
loop2.run_until_complete(asyncio.sleep(0.001))
loop2.close()
