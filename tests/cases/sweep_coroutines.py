# Generator-based coroutines: running average and a pipeline with send
def averager():
    total = count = 0
    avg = None
    while True:
        val = yield avg
        if val is None:
            return (count, avg)
        total += val
        count += 1
        avg = total / count
a = averager(); next(a)
for v in [10, 20, 5, 65]:
    print(a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("result", e.value)
def delegator(results):
    while True:
        r = yield from averager()
        results.append(r)
res = []
d = delegator(res); next(d)
for v in [1, 2, 3]: d.send(v)
d.send(None)
for v in [100]: d.send(v)
d.send(None)
print(res)
def grep(pattern):
    print(f"looking for {pattern!r}")
    try:
        while True:
            line = yield
            if pattern in line:
                print("found:", line)
    except GeneratorExit:
        print("grep closing")
g = grep("py"); next(g)
for l in ["python rocks", "java", "pypy is fast"]:
    g.send(l)
g.close()
def numbers():
    x = yield "ready"
    while x is not None:
        x = yield x * 2
n = numbers()
print(next(n), n.send(3), n.send(10))
print(n.throw(ValueError, ValueError("stop")) if False else "skip")
gen = (i * i for i in range(5))
print(next(gen), list(gen), list(gen))
def infinite():
    i = 0
    while True:
        yield i
        i += 1
import itertools
print(list(itertools.islice(infinite(), 3, 10, 2)))
