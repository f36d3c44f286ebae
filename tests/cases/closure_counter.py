# Closures with nonlocal: counters and independent state
def make_counter(start=0, step=1):
    count = start
    def increment():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    def peek():
        return count
    return increment, reset, peek

inc, reset, peek = make_counter()
print(inc(), inc(), inc(), peek())
reset()
print(peek(), inc())
inc10, reset10, peek10 = make_counter(100, 10)
print(inc10(), inc10(), inc(), peek(), peek10())

counters = [make_counter(i * 1000)[0] for i in range(3)]
print([c() for c in counters], [c() for c in counters])

def make_accumulator():
    total = 0
    history = []
    def add(x):
        nonlocal total
        total += x
        history.append(x)   # mutation needs no nonlocal
        return total
    add.history = history
    return add
acc = make_accumulator()
for v in [5, 10, -3]:
    print("acc", acc(v))
print(acc.history)

def outer():
    x = "outer"
    def modify():
        nonlocal x
        x = "modified"
    def read():
        return x
    before = read()
    modify()
    return before, read(), x
print(outer())

def fib_gen():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        result = a
        a, b = b, a + b
        return result
    return nxt
f = fib_gen()
print([f() for _ in range(12)])
