# Fannkuch-redux (after the Computer Language Benchmarks Game).
# Stresses: small integer lists, slicing, in-place list reversal, loops.

N = 9
REPEAT = 3


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    perm_count = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        # count flips for the current permutation
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k != 0:
            perm[: k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        if perm_count % 2 == 0:
            checksum += flips
        else:
            checksum -= flips
        # next permutation
        while True:
            if r == n:
                return checksum, max_flips
            perm0 = perm1[0]
            i = 0
            while i < r:
                j = i + 1
                perm1[i] = perm1[j]
                i = j
            perm1[r] = perm0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        perm_count += 1


def main():
    checksum = 0
    max_flips = 0
    for _ in range(REPEAT):
        checksum, max_flips = fannkuch(N)
    print(f"{checksum}")
    print(f"checksum: Pfannkuchen({N}) = {max_flips}")


main()
