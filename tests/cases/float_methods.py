# float methods (is_integer, as_integer_ratio) and augmented assignment on floats
for v in [1.0, 1.5, -2.0, 0.0, 1e20, 0.1, 2.5, -0.75]:
    print(v, v.is_integer(), v.as_integer_ratio())
print((2.5).real, (2.5).imag, (7).real, (7).imag)
print((7.0).is_integer(), (7.1).is_integer(), float('inf').is_integer())
a = 10.0
a += 2.5
print(a)
a -= 0.5
print(a)
a *= 3
print(a)
a /= 4
print(a)
a //= 2
print(a)
a **= 2
print(a)
a %= 7
print(a)
b = 3
b /= 2
print(b, type(b).__name__)
