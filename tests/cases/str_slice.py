# String slicing with all kinds of bounds
s = 'abcdefghij'
bounds = [None, 0, 1, 3, -1, -3, 5, 10, 20, -20]
for a in bounds:
    print(a, [s[a:b] for b in bounds])
print(s[:], s[0:0], s[5:2], s[-100:100], s[3:-3], s[-3:])
u = 'añb日c本d'
print(u[1:4], u[-3:], u[:-2], u[2:2], u[::-1], u[1::2])
print(''[0:5], ''[::-1], 'x'[1:], 'x'[:-1])
t = s
t = t[:3] + 'XYZ' + t[6:]
print(t, s)
