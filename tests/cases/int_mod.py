# Modulo with every sign combination; result takes sign of divisor
nums = [7, -7, 6, -6, 1, -1, 0, 13, -13, 100, -100, 2**40 + 3, -(2**40 + 3)]
dens = [1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 2**33, -(2**33)]
for a in nums:
    row = []
    for b in dens:
        row.append(a % b)
    print(a, row)
for a in nums:
    for b in dens:
        assert (a // b) * b + a % b == a
print("identity ok")
print(2**100 % 97, -(2**100) % 97, 2**100 % -97)
print(-1 % 2**64, 1 % -(2**64))
print(-(2**63) % -1, -(2**63) % 3)
for i in range(-10, 11):
    print(i, i % 4, i % -4, i // 4, i // -4)
