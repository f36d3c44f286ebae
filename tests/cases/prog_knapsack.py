# Dynamic programming: knapsack, LCS, edit distance, coin change
items = [(12, 4), (2, 2), (1, 1), (4, 10), (1, 2), (6, 7), (3, 3)]
cap = 15
dp = [0] * (cap + 1)
for w, v in items:
    for c in range(cap, w - 1, -1):
        dp[c] = max(dp[c], dp[c - w] + v)
print(dp)
def lcs(a, b):
    m, n = len(a), len(b)
    t = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m):
        for j in range(n):
            t[i + 1][j + 1] = t[i][j] + 1 if a[i] == b[j] else max(t[i][j + 1], t[i + 1][j])
    out = []
    i, j = m, n
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1]); i -= 1; j -= 1
        elif t[i - 1][j] >= t[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return ''.join(reversed(out))
print(lcs('AGGTAB', 'GXTXAYB'), lcs('abcdefghij', 'ecdgi'), repr(lcs('abc', 'xyz')))
def edit(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
for a, b in [('kitten', 'sitting'), ('flaw', 'lawn'), ('', 'abc'), ('same', 'same'), ('héllo', 'hello')]:
    print(a, b, edit(a, b))
def ways(amount, coins):
    w = [1] + [0] * amount
    for c in coins:
        for x in range(c, amount + 1):
            w[x] += w[x - c]
    return w[amount]
print(ways(100, [1, 5, 10, 25, 50]), ways(1000, [1, 2, 5, 10, 20, 50, 100, 200]))
