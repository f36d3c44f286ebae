# Slices with steps, including negative steps
s = '0123456789'
steps = [1, 2, 3, -1, -2, -3, 4, -4, 10, -10]
for st in steps:
    print(st, s[::st], s[1::st], s[:5:st], s[8:2:st], s[-2:-8:st], s[2:8:st])
u = 'αβγδεζηθ'
for st in [1, 2, -1, -2, 3, -3]:
    print(st, u[::st], u[1:-1:st], u[-1:0:st])
try:
    print(s[::0])
except ValueError as e:
    print('ValueError:', e)
print(s[100::-1], s[:-100:-1], s[-100::2])
print(s[slice(2, 8, 2)], s[slice(None, None, -1)], s[slice(3)])
