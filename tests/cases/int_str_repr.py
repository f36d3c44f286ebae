# str/repr of ints, len of digit strings, round trips
vals = [0, 1, -1, 9, 10, 99, 100, -100, 2**31, 2**63 - 1, -(2**63), 2**64, 10**50, -(10**50) + 1]
for v in vals:
    s = str(v)
    r = repr(v)
    print(s, r, len(s), s == r, int(s) == v)
print(str(123) + str(456))
print([1, -2, 3], (4,), {5: -6})
print(str(2**1000)[:30], len(str(2**1000)))
print(str(3**500)[-30:])
n = 0
for i in range(1, 30):
    n = n * 10 + i % 10
    print(n)
print(-0, +0, -(-5), --5, -+-5)
print(1_000, 0x_ff, 0b1_0, 0o1_7)
print(0xDEADBEEF, 0o777, 0b11111111, 0XAB, 0O17, 0B11)
