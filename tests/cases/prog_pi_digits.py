# Digits of pi with a big-int spigot (Gibbons' algorithm)
def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out
d = pi_digits(300)
s = ''.join([str(v) for v in d])
print(s[0] + '.' + s[1:])
for i in range(0, 300, 50):
    print(s[i:i + 50])
counts = [s.count(str(i)) for i in range(10)]
print(counts, sum(counts))
def e_digits(n):
    # e = sum 1/k!, computed with scaled integers
    scale = 10 ** (n + 10)
    total = 0
    term = scale
    k = 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total)[:n]
print(e_digits(100))
