# Concatenation, repetition and augmented assignment on strings
s = 'ab'
print(s + 'cd', s * 3, 3 * s, s * 0, s * -1, '' * 5, 'é' * 4, '日本' * 2)
t = ''
for i in range(10):
    t += str(i)
print(t, len(t))
u = 'x'
u *= 5
print(u)
parts = ''
for w in ['alpha', 'beta', 'gamma']:
    parts = parts + w[0].upper() + w[1:] + ' '
print(repr(parts))
try:
    'a' + 1
except TypeError as e:
    print('TypeError:', e)
try:
    1 + 'a'
except TypeError as e:
    print('TypeError:', e)
try:
    'a' * 'b'
except TypeError as e:
    print('TypeError:', e)
try:
    'a' * 1.5
except TypeError as e:
    print('TypeError:', e)
print('a' 'b' 'c', ('x'
      'y'))
print(len('ab' * 10000))
