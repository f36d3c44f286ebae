# Sets with negative and big ints: order follows hash values
print({-1, -2, -3, 1, 2, 3})
print({-1, -2})
print({2**64, 2**65, 2**66, 1, 2, 3})
print({2**61 - 2, 2**61 - 1, 2**61, 2**61 + 1})
print({-(2**61), -(2**61) + 1, -(2**61) - 1})
print({10**20, 10**19, 10**18, 10**17})
s = set()
for i in range(-20, 21, 3):
    s.add(i)
print(s)
s = set()
for i in range(12):
    s.add(-(i * 17))
    s.add(i * 1000003)
print(s)
print(hash(-1), hash(-2), hash(0), hash(1), hash(12345))
