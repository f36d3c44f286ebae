# async with: __aenter__/__aexit__, suppression, early exits, errors.
import asyncio

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("enter", self.name)
        await asyncio.sleep(0)
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        await asyncio.sleep(0)
        return self.suppress

async def body_return():
    async with CM("r") as v:
        return v + "!"

async def loop_break():
    for i in range(3):
        async with CM(f"l{i}"):
            if i == 1:
                break
            continue
    return i

async def main():
    async with CM("a") as a, CM("b") as b:
        print("body", a, b)
    async with CM("s", suppress=True):
        raise KeyError("k")
    print("after suppressed")
    try:
        async with CM("n"):
            raise ValueError("v")
    except ValueError as e:
        print("propagated", e)
    print(await body_return())
    print(await loop_break())

    class NoEnter:
        pass
    class NoExit:
        async def __aenter__(self):
            return 1
    class BadEnter:
        def __aenter__(self):
            return 5
        def __aexit__(self, *a):
            return 5
    class BadExit:
        async def __aenter__(self):
            return 1
        def __aexit__(self, *a):
            return 7
    class SyncOnly:
        def __enter__(self):
            return 1
        def __exit__(self, *a):
            pass
    for obj in (NoEnter(), NoExit(), BadEnter(), BadExit(), SyncOnly()):
        try:
            async with obj:
                print("in body of", type(obj).__name__)
        except TypeError as e:
            print("TypeError:", e)

asyncio.run(main())
