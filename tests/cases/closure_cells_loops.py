# Each function call creates new cells; loops inside one call share a cell
def per_call_cells():
    makers = []
    for i in range(3):
        def make(i):
            return lambda: i          # i is a fresh parameter cell for each make() call
        makers.append(make(i))
    return [m() for m in makers]
print(per_call_cells())

def shared_cell():
    fs = []
    for i in range(3):
        fs.append(lambda: i)         # all three share the single cell of `i`
    i = 100
    return [f() for f in fs]
print(shared_cell())

def while_loop_cells():
    fs = []
    n = 0
    while n < 3:
        fs.append(lambda n=n: n * 10)
        n += 1
    return [f() for f in fs]
print(while_loop_cells())

def comprehension_cells():
    return [f() for f in [lambda: k for k in range(3)]], [f() for f in [(lambda k: lambda: k)(k) for k in range(3)]]
print(comprehension_cells())

def counter_objects():
    def counter():
        count = 0
        def inc():
            nonlocal count
            count += 1
            return count
        return inc
    a, b = counter(), counter()
    return [a(), a(), b(), a(), b()]
print(counter_objects())

def closure_over_mutable():
    data = []
    add = data.append
    def size():
        return len(data)
    add(1); add(2)
    data = ["rebound"]          # size() now sees the new list; add still appends to the old one
    add(3)
    return size(), data
print(closure_over_mutable())

def generator_cells():
    gens = [(x * m for x in range(3)) for m in (1, 10)]
    return [list(g) for g in gens]
print(generator_cells())

def default_vs_closure():
    results = []
    for v in "ab":
        def by_closure():
            return v
        def by_default(v=v):
            return v
        results.append((by_closure, by_default))
    v = "z"
    return [(c(), d()) for c, d in results]
print(default_vs_closure())
