# divmod on ints, small and big
cases = [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3), (3, 17), (-3, 17), (1, 1)]
for a, b in cases:
    q, r = divmod(a, b)
    print(f"divmod({a}, {b}) = {(q, r)}", q * b + r == a)
print(divmod(2**100, 3**20))
print(divmod(-(2**100), 3**20))
print(divmod(2**100, -(3**20)))
print(divmod(10**25, 10**12 + 1))
print(divmod(2**64, 2**32))
print(divmod(-(2**63), -1))
print(divmod(7, 1), divmod(-7, -1))
r = divmod(1000000007 * 998244353, 12345)
print(r, type(r))
n = 2**128 + 12345
digits = []
while n:
    n, d = divmod(n, 10)
    digits.append(d)
print(digits)
print(''.join([str(d) for d in reversed(digits)]))
