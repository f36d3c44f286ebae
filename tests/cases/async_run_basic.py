# asyncio.run: return values, nested coroutines, sleep(0) yielding.
import asyncio

async def compute(x):
    await asyncio.sleep(0)
    return x ** 2

async def main():
    print("main start")
    values = []
    for i in range(5):
        values.append(await compute(i))
    print(values)
    print(await asyncio.sleep(0, result="slept"))
    print(await asyncio.sleep(0.001, result="slept a bit"))
    return sum(values)

print(asyncio.run(main()))
print(asyncio.run(compute(7)))

async def inner_run():
    try:
        asyncio.run(compute(1))
    except RuntimeError as e:
        print("RuntimeError:", e)
    c = compute(2)
    try:
        asyncio.get_running_loop().run_until_complete(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    return await c

print(asyncio.run(inner_run()))
try:
    asyncio.run(5)
except ValueError as e:
    print("ValueError:", e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
