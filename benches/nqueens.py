# N-queens: enumerate all solutions with a recursive generator that tracks
# attacked columns and diagonals in sets.
# Stresses: generators (incl. nested "yield from"), set add/remove/membership,
# tuple building, recursion.

N = 12
REPEAT = 1


def solve(n, row, cols, diag1, diag2, placed):
    if row == n:
        yield tuple(placed)
        return
    for c in range(n):
        if c in cols or (row + c) in diag1 or (row - c) in diag2:
            continue
        cols.add(c)
        diag1.add(row + c)
        diag2.add(row - c)
        placed.append(c)
        yield from solve(n, row + 1, cols, diag1, diag2, placed)
        placed.pop()
        cols.remove(c)
        diag1.remove(row + c)
        diag2.remove(row - c)


def queens(n):
    return solve(n, 0, set(), set(), set(), [])


def main():
    count = 0
    checksum = 0
    first = None
    for _ in range(REPEAT):
        for n in range(4, N + 1):
            for sol in queens(n):
                if first is None and n == N:
                    first = sol
                count += 1
                h = 0
                for c in sol:
                    h = h * n + c
                checksum = (checksum + h) % 1000000007
    print(f"solutions: {count} first: {first}")
    print(f"checksum: {checksum}")


main()
