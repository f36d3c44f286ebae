# Yields inside loops with many live variables of several types: every
# local must survive each suspension.


def many(n):
    a, b, c, d, e = 1, 2.5, "s", [0], (1, 2)
    f = {"k": 1}
    g = {3, 4}
    h = None
    total = 0
    for i in range(n):
        j = i * 2
        k = j + 1
        for m in range(3):
            p = i * m
            q = p - k
            r = yield (i, j, k, m, p, q)
            total += p + q
            if r is not None:
                h = r
                d.append(r)
            a += 1
            b *= 1.5
            c += str(m)
        e = e + (i,)
        f[str(i)] = k
        g.add(j)
    yield (a, b, c, d, e, sorted(f.items()), sorted(g), h, total)


gen = many(4)
outs = [next(gen)]
step = 0
while True:
    step += 1
    try:
        outs.append(gen.send(step if step % 4 == 0 else None))
    except StopIteration:
        break
for o in outs:
    print(o)


def wide():
    v0 = v1 = v2 = v3 = v4 = v5 = v6 = v7 = v8 = v9 = 0
    for i in range(3):
        v0 += 1
        yield v0
        v1 += v0
        yield v1
        v2 += v1
        v3 = v2 * 2
        v4 = v3 - v0
        yield v4
        v5, v6 = v4, v3
        v7 = [v5, v6]
        yield v7
        v8 = {"a": v7}
        v9 = v8["a"][0] + i
        yield (v8, v9)
    del v0
    try:
        yield v0
    except UnboundLocalError as e:
        yield "unbound: %s" % e


print(list(wide()))


def fib_pairs():
    a, b = 0, 1
    while True:
        yield a, b
        a, b = b, a + b


it = fib_pairs()
print([next(it) for _ in range(95)][-3:])
