def clamp(x, lo, hi):
    return max(lo, min(hi, x))

def mean(xs):
    xs = list(xs)
    if not xs:
        raise ValueError("mean of empty data")
    return sum(xs) / len(xs)
