# async for over objects with __aiter__/__anext__.
import asyncio

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.n -= 1
        return self.n

class Pairs:
    def __init__(self, items):
        self.items = items
    def __aiter__(self):
        return PairIter(self.items)

class PairIter:
    def __init__(self, items):
        self.it = iter(items)
    async def __anext__(self):
        try:
            a = next(self.it)
        except StopIteration:
            raise StopAsyncIteration
        return a, a * a

async def main():
    async for x in Countdown(3):
        print("x", x)
    else:
        print("else ran")
    async for x in Countdown(5):
        if x == 3:
            continue
        if x == 1:
            break
        print("y", x)
    else:
        print("not printed")
    async for a, sq in Pairs([1, 2, 3]):
        print(a, sq)
    total = 0
    async for i in Countdown(4):
        async for j in Countdown(i):
            total += j
    print("total", total)

    class NoAiter:
        pass
    class BadAiter:
        def __aiter__(self):
            return 5
    class BadAnext:
        def __aiter__(self):
            return self
        def __anext__(self):
            return 3
    for obj in (NoAiter(), BadAiter(), BadAnext(), [1, 2]):
        try:
            async for _ in obj:
                pass
        except TypeError as e:
            print("TypeError:", e)

asyncio.run(main())
