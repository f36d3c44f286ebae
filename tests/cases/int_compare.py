# Comparisons between ints of all sizes and with floats/bools
vals = [-(2**70), -(2**63), -5, -1, 0, 1, 5, 2**53, 2**63 - 1, 2**63, 2**70]
for a in vals:
    print(a, [a < b for b in vals].count(True), [a == b for b in vals].count(True), [a >= b for b in vals].count(True))
print(1 == 1.0, 1 < 1.5, 2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53, 2**53 == 2.0**53)
print(10**400 > 1e308, -(10**400) < -1e308, 10**400 < float('inf'))
print(True == 1, False == 0, True > False, True < 2)
print(max(vals), min(vals), sorted([3, -1, 2**64, -(2**64), 0]))
print(0 == -0, 5 != 5, 5 != 6)
print(1 < 2 < 3, 3 > 2 > 2, 1 <= 1 <= 2, 1 == 1 != 2)
big = 2**64
print(big == 2**64 + 0, big is not None)
