# send(): two-way communication with generators
def echo():
    print("  echo started")
    received = None
    while True:
        received = yield f"echo:{received}"
        print("  received", repr(received))

e = echo()
print(next(e))
print(e.send("hello"))
print(e.send(42))
print(next(e))   # next() sends None
e.close()

def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return (count, average)

avg = averager()
next(avg)
for v in [10, 20, 60]:
    print("average now", avg.send(v))
try:
    avg.send(None)
except StopIteration as stop:
    print("final:", stop.value)

g = echo()
try:
    g.send("too early")
except TypeError as err:
    print("TypeError:", err)

def accumulate():
    items = []
    while True:
        cmd = yield len(items)
        if cmd == "dump":
            yield list(items)
            items.clear()
        else:
            items.append(cmd)
acc = accumulate()
next(acc)
for c in ["a", "b", "c"]:
    acc.send(c)
print(acc.send("dump"))
next(acc)
print(acc.send("d"), acc.send("e"))

def running_max():
    best = None
    while True:
        x = yield best
        if best is None or x > best:
            best = x
rm = running_max()
next(rm)
print([rm.send(x) for x in [3, 1, 4, 1, 5, 9, 2, 6]])
