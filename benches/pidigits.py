# Pi digits with Gibbons' unbounded spigot algorithm (after the Computer
# Language Benchmarks Game).
# Stresses: arbitrary-precision integer arithmetic (multiplication and
# division of large numbers), integer ops on big values.

N = 7000


def pidigits(n):
    digits = []
    k = 0
    acc = 0
    den = 1
    num = 1
    while len(digits) < n:
        k += 1
        k2 = k * 2 + 1
        # next term
        acc += num * 2
        acc *= k2
        den *= k2
        num *= k
        if num > acc:
            continue
        # extract digit
        d3 = (num * 3 + acc) // den
        d4 = (num * 4 + acc) // den
        if d3 != d4:
            continue
        digits.append(d3)
        # eliminate digit
        acc -= den * d3
        acc *= 10
        num *= 10
    return digits


def main():
    digits = pidigits(N)
    checksum = 0
    for d in digits:
        checksum = (checksum * 10 + d) % 1000000007
    head = "".join([str(d) for d in digits[:20]])
    tail = "".join([str(d) for d in digits[-20:]])
    print(f"{head}...{tail} ({len(digits)} digits, sum {sum(digits)})")
    print(f"checksum: {checksum}")


main()
