# Ordering of call_soon callbacks, task steps and done callbacks.
import asyncio

async def task_body(name, log):
    log.append(f"{name} start")
    await asyncio.sleep(0)
    log.append(f"{name} resumed")
    return name

async def main():
    loop = asyncio.get_running_loop()
    log = []
    loop.call_soon(log.append, "soon 1")
    t = asyncio.create_task(task_body("T", log))
    loop.call_soon(log.append, "soon 2")
    t.add_done_callback(lambda f: log.append("T done callback"))
    u = asyncio.create_task(task_body("U", log))
    log.append("main before await")
    await asyncio.sleep(0)
    log.append("main after first yield")
    await t
    log.append("main after t")
    await u
    f = loop.create_future()
    f.add_done_callback(lambda _: log.append("future cb A"))
    loop.call_soon(f.set_result, None)
    f.add_done_callback(lambda _: log.append("future cb B"))
    await f
    log.append("after future")
    await asyncio.sleep(0)
    for line in log:
        print(line)

asyncio.run(main())
