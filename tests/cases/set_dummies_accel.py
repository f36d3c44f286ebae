# Sets with many removals (dummy entries), reinsertion and resizes: the
# iteration order, membership answers and lengths must match CPython's
# table exactly, including keys of mixed types and colliding hashes.

seed = 12345


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n


def work_set(nkeys, steps, make, ordered):
    s = set()
    mirror = []
    log = []
    for step in range(steps):
        k = make(rnd(nkeys))
        op = rnd(5)
        if op < 2:
            s.add(k)
            if k not in mirror:
                mirror.append(k)
        elif op == 2:
            s.discard(k)
            if k in mirror:
                mirror.remove(k)
        elif op == 3:
            try:
                s.remove(k)
                mirror.remove(k)
            except KeyError:
                log.append(("miss", k))
        else:
            log.append((k in s, k in mirror))
        if step % 97 == 0:
            log.append(list(s) if ordered else sorted(s, key=repr))
    assert len(s) == len(mirror)
    for k in mirror:
        assert k in s
    return s, log


# str hashes depend on PYTHONHASHSEED: only int-like keys print in table
# order.
for name, make, nkeys, ordered in [
    ("small ints", lambda i: i, 20, True),
    ("negative ints", lambda i: i - 10, 25, True),
    ("spread ints", lambda i: i * 64 - 500, 30, True),
    ("strings", lambda i: "k" + str(i), 40, False),
    ("tuples", lambda i: (i % 3, i), 30, True),
    ("floats", lambda i: i / 2, 30, True),
    ("many", lambda i: i * 7, 900, True),
]:
    s, log = work_set(nkeys, 3000, make, ordered)
    print(name, len(s), sorted(s, key=repr)[:8])
    if ordered:
        print(" order:", list(s)[:12])
    print(" log:", len(log), log[-3:])

# -1 and -2 have the same hash.
s = {-1, -2, -3}
s.remove(-2)
print(-1 in s, -2 in s, s)
s.add(-2)
s.discard(-1)
print(-1 in s, -2 in s, s)

# 1 == 1.0 == True share one entry.
s = {1, 2, 3}
s.remove(2)
print(1.0 in s, True in s, 2.0 in s, s)
s.add(True)
s.add(1.0)
print(s)
s.discard(1.0)
print(1 in s, s)
s.add(2.0)
print(s, 2 in s)


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v % 4

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v

    def __repr__(self):
        return "Key(%d)" % self.v


s = set(Key(i) for i in range(12))
for i in range(0, 12, 3):
    s.remove(Key(i))
print(sorted(s, key=lambda k: k.v))
print([Key(i) in s for i in range(12)])
s.add(Key(3))
print(list(s))

# pop after removals, clear and reuse, copies and operations.
s = set(range(40))
for i in range(0, 40, 2):
    s.discard(i)
print(s.pop(), s.pop(), len(s))
t = s.copy()
t.add(100)
print(list(t))
print(s & {1, 3, 5, 99}, s - set(range(20)), s ^ {1, 2})
s.clear()
print(s, 5 in s)
for i in range(10):
    s.add(i)
    s.discard(i - 1)
print(s, list(s))
f = frozenset(range(10)) - {3, 4}
print(f, 3 in f, hash(f) == hash(frozenset([0, 1, 2, 5, 6, 7, 8, 9])))

# Growing past the accelerator's table limit and shrinking again.
s = set()
for i in range(3000):
    s.add(i)
    if i % 3 == 0:
        s.remove(i)
print(len(s), 3 in s, 4 in s, 2999 in s, list(s)[:10])
for i in range(3000):
    s.discard(i)
print(len(s), s)
s.update(range(5))
s -= {2}
print(s, 2 in s, 4 in s)
