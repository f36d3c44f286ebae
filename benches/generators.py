# A pipeline of chained generators: a pseudo-random source, filters, maps,
# a sliding window, batching and a running reduction.
# Stresses: generator creation and resumption, yield / yield from,
# generator expressions, iteration protocol across many stages.

COUNT = 2500000
SEED = 12345


def lcg(seed, count):
    x = seed
    for _ in range(count):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        yield x


def scale(src, modulus):
    for v in src:
        yield v % modulus


def keep_if_not_multiple(src, k):
    for v in src:
        if v % k != 0:
            yield v


def pairwise_sum(src):
    prev = None
    for v in src:
        if prev is not None:
            yield prev + v
        prev = v


def window_max(src, size):
    buf = []
    for v in src:
        buf.append(v)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            m = buf[0]
            for w in buf:
                if w > m:
                    m = w
            yield m


def batches(src, size):
    batch = []
    for v in src:
        batch.append(v)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def flatten(src):
    for batch in src:
        yield from batch


def running_mix(src):
    acc = 0
    for v in src:
        acc = (acc * 31 + v) % 1000000007
        yield acc


def main():
    stage = lcg(SEED, COUNT)
    stage = scale(stage, 100000)
    stage = keep_if_not_multiple(stage, 7)
    stage = pairwise_sum(stage)
    stage = window_max(stage, 5)
    stage = batches(stage, 64)
    sums = []
    total_items = 0
    for b in stage:
        sums.append(sum(b))
        total_items += len(b)
    # second pass: flatten batches of the batch sums and mix them
    last = 0
    n_mixed = 0
    for last in running_mix(flatten(batches((s // 3 for s in sums), 10))):
        n_mixed += 1
    evens = sum(1 for s in sums if s % 2 == 0)
    print(f"items: {total_items} batches: {len(sums)} mixed: {n_mixed} evens: {evens}")
    print(f"checksum: {last}")


main()
