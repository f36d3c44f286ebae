# yield from forwards send(), throw() and close() to the subgenerator
def sub():
    received = []
    try:
        while True:
            x = yield f"sub has {len(received)}"
            if x == "stop":
                return received
            received.append(x)
    except ValueError as e:
        print("  sub caught ValueError:", e)
        yield "sub recovered"
        return ["after error"]
    finally:
        print("  sub finally")

def delegator():
    print("  delegator start")
    result = yield from sub()
    print("  delegator got", result)
    yield f"result had {len(result)} items"
    return "delegator done"

d = delegator()
print(next(d))
print(d.send("a"))
print(d.send("b"))
print(d.send("stop"))
try:
    next(d)
except StopIteration as e:
    print("StopIteration:", e.value)

d = delegator()
next(d)
d.send(1)
print(d.throw(ValueError("bad input")))
print(next(d))

d = delegator()
next(d)
d.send("x")
d.close()
print("closed delegator (sub finally ran)")

def outer_catches():
    try:
        yield from sub()
    except KeyError as e:
        print("  outer caught", repr(e))
        yield "outer recovered"
o = outer_catches()
next(o)
print(o.throw(KeyError("k")))

def averager():
    total, count = 0, 0
    while True:
        x = yield
        if x is None:
            return total / count if count else 0
        total += x
        count += 1
def grouper(results, key):
    while True:
        results[key] = yield from averager()
results = {}
for key, values in {"boys": [40, 45, 50], "girls": [30, 32, 34, 36]}.items():
    g = grouper(results, key)
    next(g)
    for v in values:
        g.send(v)
    g.send(None)
print(results)
