# Push-style coroutine pipelines using send()
def coroutine(fn):
    def start(*args, **kwargs):
        g = fn(*args, **kwargs)
        next(g)
        return g
    start.__name__ = fn.__name__
    return start

@coroutine
def printer(prefix):
    while True:
        item = yield
        print(f"{prefix}{item}")

@coroutine
def filter_co(pred, target):
    while True:
        item = yield
        if pred(item):
            target.send(item)

@coroutine
def map_co(fn, target):
    while True:
        target.send(fn((yield)))

@coroutine
def broadcast(*targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)

@coroutine
def collector(store):
    try:
        while True:
            store.append((yield))
    except GeneratorExit:
        store.append("<closed>")

evens = []
pipeline = broadcast(
    filter_co(lambda x: x % 2 == 0, collector(evens)),
    map_co(lambda x: x * x, filter_co(lambda x: x > 20, printer("big square: "))),
)
for n in range(1, 9):
    pipeline.send(n)
print(evens)

@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)
lines = []
c = collector(lines)
g = grep("py", c)
for text in ["python", "java", "pypy", "rust", "happy"]:
    g.send(text)
c.close()
print(lines)

@coroutine
def tally():
    counts = {}
    while True:
        word = yield dict(counts)
        counts[word] = counts.get(word, 0) + 1
t = tally()
for w in "a b a c b a".split():
    snapshot = t.send(w)
print(snapshot)
