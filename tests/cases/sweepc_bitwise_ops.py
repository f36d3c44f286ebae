flags = 0
READ, WRITE, EXEC = 1 << 0, 1 << 1, 1 << 2
flags |= READ | EXEC
print(flags, bin(flags), bool(flags & WRITE), flags & ~EXEC, flags ^ 0b111)


def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c


print([popcount(i) for i in range(10)], bin(255).count("1"), (255).bit_length())
print(-1 >> 5, -16 >> 2, 1 << 70, (1 << 70) >> 68, ~0, ~-1, -5 & 0xFF, -5 | 2, -5 ^ 3)
print(0xDEADBEEF & 0xFFFF, hex(0xDEADBEEF >> 16), f"{0xCAFE:016b}", int("1" * 64, 2) + 1 == 2 ** 64)


def gray(n):
    return n ^ (n >> 1)


print([format(gray(i), "03b") for i in range(8)])


def subsets(items):
    n = len(items)
    return [[items[j] for j in range(n) if mask >> j & 1] for mask in range(1 << n)]


print(subsets("abc"))


def swap_bits(x):
    return ((x & 0xAAAAAAAA) >> 1) | ((x & 0x55555555) << 1)


print(swap_bits(0b10110), hex(swap_bits(0x12345678)))
x = 2 ** 100 + 12345
print(x & 0xFFFF, x | 1, x ^ x, (x >> 90) << 90 == x - (x & ((1 << 90) - 1)), -x >> 99, (-x) & 0xFF)
print(True & False, True | False, True ^ True, ~True, {1, 2, 3} & {2, 3, 4}, {1} | {2}, {1, 2} ^ {2, 3})
