# Augmented assignment on every operator and on containers
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 7; print(x)
x **= 10; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
x &= 0xFFF; print(x)
x |= 0x10000; print(x)
x ^= 0xFF; print(x)
x /= 8; print(x)
lst = [1, 2, 3]
lst[0] += 100
lst[-1] *= 3
print(lst)
d = {'a': 1}
d['a'] += 1
d['b'] = d.get('b', 0) + 5
print(d)
nested = [[0, 0], [0, 0]]
for i in range(2):
    for j in range(2):
        nested[i][j] += i * 10 + j
print(nested)
s = 'ab'
s += 'cd'
s *= 2
print(s)
t = (1,)
t += (2, 3)
print(t)
calls = []
def idx():
    calls.append('idx')
    return 0
arr = [5]
arr[idx()] += 1
print(arr, calls)
big = 2**62
big += 2**62
big *= 4
print(big)
