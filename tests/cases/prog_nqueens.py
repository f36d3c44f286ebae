# N-queens solution counting with backtracking
def solve(n):
    cols = [False] * n
    d1 = [False] * (2 * n)
    d2 = [False] * (2 * n)
    placement = []
    def place(r):
        if r == n:
            return 1
        total = 0
        for c in range(n):
            if not cols[c] and not d1[r + c] and not d2[r - c + n]:
                cols[c] = d1[r + c] = d2[r - c + n] = True
                placement.append(c)
                if r + 1 == n and not solutions:
                    solutions.append(list(placement))
                total += place(r + 1)
                placement.pop()
                cols[c] = d1[r + c] = d2[r - c + n] = False
        return total
    solutions = []
    count = place(0)
    return count, solutions[0] if solutions else None
for n in range(1, 9):
    c, first = solve(n)
    print(n, c, first)
c, sol = solve(6)
for r in range(6):
    print(''.join(['Q' if sol[r] == col else '.' for col in range(6)]))
