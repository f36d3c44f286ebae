# Closures and generators together; generator state is captured too
def make_id_generator(prefix):
    n = 0
    def gen_ids():
        nonlocal n
        while True:
            n += 1
            yield f"{prefix}-{n:03d}"
    g = gen_ids()
    def next_id():
        return next(g)
    def issued():
        return n
    return next_id, issued

next_id, issued = make_id_generator("ord")
print(next_id(), next_id(), next_id(), issued())

def windowed(size):
    def apply(seq):
        for i in range(len(seq) - size + 1):
            yield tuple(seq[i:i + size])
    return apply
pairs = windowed(2)
triples = windowed(3)
print(list(pairs([1, 2, 3, 4])), list(triples("abcde")))

def filter_gen(pred):
    def run(items):
        return (x for x in items if pred(x))
    return run
threshold = 10
big = filter_gen(lambda x: x > threshold)
gen = big([5, 15, 25, 8])
threshold = 20     # late binding: the generator sees the new threshold when it runs
print(list(gen))

def running_stats():
    count = 0
    total = 0.0
    def update(x):
        nonlocal count, total
        count += 1
        total += x
        return total / count
    return update
avg = running_stats()
print([round(avg(v), 3) for v in [4, 8, 15, 16, 23, 42]])

def genexp_closure():
    factor = 3
    g = (x * factor for x in range(4))
    factor = 10
    return list(g)
print(genexp_closure())

def lazy_chain(*makers):
    for make in makers:
        yield from make()
print(list(lazy_chain(lambda: range(3), lambda: "ab", lambda: [None])))
