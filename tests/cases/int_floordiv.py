# Floor division with every sign combination
nums = [7, -7, 6, -6, 1, -1, 0, 13, -13, 100, -100, 2**40 + 3, -(2**40 + 3)]
dens = [1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 2**33, -(2**33)]
for a in nums:
    row = []
    for b in dens:
        row.append(a // b)
    print(a, row)
print(5 // 2, -5 // 2, 5 // -2, -5 // -2)
print(0 // 5, 0 // -5)
print(2**64 // 3, -(2**64) // 3, 2**64 // -3)
print(10**30 // 7, -(10**30) // 7)
print((2**63) // (2**62), (2**63 - 1) // 2)
print(-(2**63) // -1)
print(-(2**63) // 1)
