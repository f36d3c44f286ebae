# Mandelbrot set (after the Computer Language Benchmarks Game).
# Computes a SIZE x SIZE bitmap (packed 8 pixels per byte like the PBM
# output) and prints a checksum of the bitmap instead of the raw bytes.
# Stresses: float arithmetic in a tight loop, integer bit operations.

SIZE = 700
MAX_ITER = 50


def row_bytes(y, size):
    ci = 2.0 * y / size - 1.0
    out = []
    bits = 0
    nbits = 0
    for x in range(size):
        cr = 2.0 * x / size - 1.5
        zr = 0.0
        zi = 0.0
        tr = 0.0
        ti = 0.0
        i = 0
        while i < MAX_ITER and tr + ti <= 4.0:
            zi = 2.0 * zr * zi + ci
            zr = tr - ti + cr
            tr = zr * zr
            ti = zi * zi
            i += 1
        bits = bits << 1
        if tr + ti <= 4.0:
            bits = bits | 1
        nbits += 1
        if nbits == 8:
            out.append(bits)
            bits = 0
            nbits = 0
    if nbits > 0:
        out.append(bits << (8 - nbits))
    return out


def main():
    size = SIZE
    checksum = 0
    inside = 0
    for y in range(size):
        row = row_bytes(y, size)
        for b in row:
            checksum = (checksum * 31 + b) % 1000000007
            while b:
                inside += b & 1
                b >>= 1
    print(f"size: {size} inside: {inside}")
    print(f"checksum: {checksum}")


main()
