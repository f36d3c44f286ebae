# String comparisons and sorting by code point
words = ['apple', 'Apple', 'APPLE', 'banana', 'app', '', 'apples', 'é', 'z', 'Z', '日本', '10', '9', 'a b']
print(sorted(words))
print(sorted(words, reverse=True))
print(sorted(words, key=len))
print(sorted(words, key=str.lower))
for a, b in [('a', 'b'), ('abc', 'abd'), ('ab', 'abc'), ('B', 'a'), ('é', 'f'), ('', 'a'), ('x', 'x')]:
    print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
print('abc' == 'abc', 'a' < 'b' < 'c', max(words), min(words))
print(max('hello'), min('hello'), sorted('hello'))
try:
    'a' < 1
except TypeError as e:
    print('TypeError:', e)
print('1' == 1, 'a' != 1)
