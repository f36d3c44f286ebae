# iscoroutinefunction / iscoroutine and the coroutine type.
import asyncio

async def coro_fn():
    return 1

def plain():
    return 2

def gen():
    yield 3

async def agen():
    yield 4

class K:
    async def m(self):
        pass

print(asyncio.iscoroutinefunction(coro_fn), asyncio.iscoroutinefunction(plain),
      asyncio.iscoroutinefunction(gen), asyncio.iscoroutinefunction(agen),
      asyncio.iscoroutinefunction(K.m), asyncio.iscoroutinefunction(K().m))
c = coro_fn()
print(asyncio.iscoroutine(c), asyncio.iscoroutine(plain()), asyncio.iscoroutine(gen()),
      asyncio.iscoroutine(agen()))
print(type(c).__name__, type(agen()).__name__)
print(coro_fn.__code__.co_flags & 0x80 != 0, agen.__code__.co_flags & 0x200 != 0,
      gen.__code__.co_flags & 0x20 != 0)
c.close()
print(asyncio.run(coro_fn()))
