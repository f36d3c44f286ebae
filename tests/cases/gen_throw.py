# throw(): raising exceptions inside a suspended generator
def worker():
    count = 0
    while True:
        try:
            yield count
            count += 1
        except ValueError as e:
            print("  worker handled ValueError:", e)
            count = 100
        except KeyError:
            print("  worker got KeyError, stopping")
            return "stopped by KeyError"

w = worker()
print(next(w), next(w))
print("throw ValueError ->", w.throw(ValueError("reset please")))
print(next(w))
try:
    w.throw(KeyError("stop"))
except StopIteration as e:
    print("StopIteration value:", e.value)

def fragile():
    yield 1
    yield 2
f = fragile()
next(f)
try:
    f.throw(RuntimeError("boom"))
except RuntimeError as e:
    print("propagated:", e)
print("after propagate:", next(f, "closed"))

def with_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("  finally ran")
g = with_finally()
next(g)
try:
    g.throw(IndexError("idx"))
except IndexError as e:
    print("IndexError:", e)

fresh = fragile()
try:
    fresh.throw(ValueError("before start"))
except ValueError as e:
    print("thrown into unstarted generator:", e)
print(list(fresh))

def delegator():
    result = yield from worker()
    yield f"delegator got {result!r}"
d = delegator()
print(next(d), next(d))
print(d.throw(ValueError("via delegator")))
print(d.throw(KeyError("end")))

g = fragile()
next(g)
try:
    g.throw(ValueError)
except ValueError as e:
    print("thrown as class:", repr(e))
