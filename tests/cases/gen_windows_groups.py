# Grouping, windowing, chunking and interleaving helpers written as generators
def groupby(items, key=lambda x: x):
    it = iter(items)
    try:
        current = next(it)
    except StopIteration:
        return
    group = [current]
    k = key(current)
    for x in it:
        kx = key(x)
        if kx == k:
            group.append(x)
        else:
            yield k, group
            k, group = kx, [x]
    yield k, group

def sliding(seq, n):
    window = []
    for x in seq:
        window.append(x)
        if len(window) == n:
            yield tuple(window)
            window.pop(0)

def chunks(seq, n, fill=None):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) == n:
            yield buf
            buf = []
    if buf:
        yield buf + [fill] * (n - len(buf))

def interleave(*iterables):
    iters = [iter(i) for i in iterables]
    while iters:
        alive = []
        for it in iters:
            try:
                yield next(it)
                alive.append(it)
            except StopIteration:
                pass
        iters = alive

def run_length(s):
    for ch, grp in groupby(s):
        yield f"{len(grp)}{ch}"

print(list(groupby("aaabccdddd")))
print(list(groupby([1, 3, 5, 2, 4, 7, 9, 6], key=lambda n: n % 2)))
print(list(groupby([])))
print("".join(run_length("WWWWBBBWWCCCCCCA")))
print(list(sliding(range(6), 3)), list(sliding("ab", 3)))
print(list(chunks(range(7), 3)), list(chunks("abcdefg", 4, fill="-")))
print(list(interleave([1, 2, 3], "ab", (10, 20, 30, 40))))
temps = [12, 14, 13, 17, 21, 22, 19, 16, 15, 18]
rising = [w for w in sliding(temps, 3) if w[0] < w[1] < w[2]]
print(rising)
words = sorted("apple avocado banana blueberry cherry cranberry date".split())
for letter, ws in groupby(words, key=lambda w: w[0]):
    print(letter, ws)
