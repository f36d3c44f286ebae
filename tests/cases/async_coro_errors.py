# Error cases of the await protocol and of coroutine objects.
async def f():
    return 1

async def main():
    for bad in (5, "s", None, [1]):
        try:
            await bad
        except TypeError as e:
            print("TypeError:", e)

    class NoIter:
        def __await__(self):
            return 42
    try:
        await NoIter()
    except TypeError as e:
        print("TypeError:", e)

    class ReturnsCoro:
        def __await__(self):
            return f()
    try:
        await ReturnsCoro()
    except TypeError as e:
        print("TypeError:", e)

    c = f()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    return "ok"

m = main()
try:
    m.send(None)
except StopIteration as e:
    print(e.value)

c = f()
try:
    c.send(1)
except TypeError as e:
    print("TypeError:", e)
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

async def g():
    try:
        await Wait()
    except ValueError as e:
        print("inside got", repr(e))
        return "handled"

class Wait:
    def __await__(self):
        yield "waiting"

co = g()
print(co.send(None))
try:
    co.throw(ValueError("boom"))
except StopIteration as e:
    print("after throw:", e.value)

co = g()
print(co.send(None))
print(co.cr_running, co.cr_frame is not None)
co.close()
print(co.cr_frame)

async def stops():
    raise StopIteration("x")
try:
    stops().send(None)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

try:
    iter(f())
except TypeError as e:
    print("TypeError:", e)
try:
    next(f())
except TypeError as e:
    print("TypeError:", e)
