# Tasks: names, done/result/exception, callbacks, current_task.
import asyncio

async def job(x):
    await asyncio.sleep(0)
    if x < 0:
        raise ValueError(f"negative {x}")
    return x * 10

def on_done(t):
    if t.exception() is not None:
        print("callback:", t.get_name(), "failed with", repr(t.exception()))
    else:
        print("callback:", t.get_name(), "->", t.result())

async def main():
    me = asyncio.current_task()
    print("main task name", me.get_name())
    t1 = asyncio.create_task(job(1))
    t2 = asyncio.create_task(job(-2), name="negative")
    t3 = asyncio.get_running_loop().create_task(job(3))
    for t in (t1, t2, t3):
        t.add_done_callback(on_done)
    print([t.get_name() for t in (t1, t2, t3)])
    print(t1.done(), t1.cancelled())
    try:
        t1.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(t1.done(), t1.result(), t3.result())
    print(repr(t2.exception()))
    try:
        t2.result()
    except ValueError as e:
        print("result raised", e)
    t3.set_name("renamed")
    print(t3.get_name())
    print(t1.get_coro().__name__)
    try:
        t1.set_result(5)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        asyncio.create_task(5)
    except TypeError as e:
        print("TypeError:", str(e)[:31])
    print(asyncio.iscoroutine(job(0).__await__()) , asyncio.isfuture(t1))
    t4 = asyncio.create_task(job(4))
    print(t4 in asyncio.all_tasks(), me in asyncio.all_tasks())
    await t4
    print(t4 in asyncio.all_tasks())

asyncio.run(main())
