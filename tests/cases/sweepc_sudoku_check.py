GRID = """
534678912
672195348
198342567
859761423
426853791
713924856
961537284
287419635
345286179
""".split()


def rows(g):
    return [list(map(int, r)) for r in g]


def valid_group(nums):
    return sorted(nums) == list(range(1, 10))


def check(g):
    b = rows(g)
    problems = []
    for i in range(9):
        if not valid_group(b[i]):
            problems.append(f"row {i}")
        if not valid_group([b[r][i] for r in range(9)]):
            problems.append(f"col {i}")
    for br in range(0, 9, 3):
        for bc in range(0, 9, 3):
            box = [b[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)]
            if not valid_group(box):
                problems.append(f"box {br // 3},{bc // 3}")
    return problems


print(check(GRID) or "valid")
bad = GRID[:]
bad[4] = "426853719"
print(check(bad))
b = rows(GRID)
print("\n".join(" ".join(str(x) if (r + c) % 4 else "." for c, x in enumerate(row)) for r, row in enumerate(b[:3])))
print(sum(b[i][i] for i in range(9)), [sum(r) for r in b] == [45] * 9, {sum(b[r][c] for r in range(9)) for c in range(9)})
