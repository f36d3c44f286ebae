# bytearray: mutation, methods, slicing with steps, errors.
a = bytearray(b"hello")
print(a, repr(a), len(a), a[0], a[1:3], a[::-1], bytearray(), bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"))
a[0] = 74
a[1:3] = b"EL"
print(a)
a[1:3] = b"ABCDE"
print(a)
a[::2] = b"xxxx"
print(a)
del a[::3]
print(a)
del a[0]
print(a)
a.append(33); a.extend(b"??"); a.extend([65, 66]); a.insert(0, 64); a.insert(-1, 35); a.insert(100, 36)
print(a, a.pop(), a.pop(0), a)
a.remove(65); a.reverse()
print(a, a.index(ord("?")), a.count(b"?"), a.find(b"x"), a.upper(), a.hex())
b = a.copy(); b.clear()
print(a, b, a == bytearray(a), a == bytes(a), bytes(a) == a, a + b"!", b"!" + a, a * 2, type(a + b"x").__name__, type(b"x" + a).__name__)
a += b"++"
a *= 2
print(a)
for bad in [lambda: a.__setitem__(0, 256), lambda: a.__setitem__(0, b"x"), lambda: a.__setitem__(slice(0, 10, 2), b"ab"), lambda: a.remove(200),
            lambda: a.pop(100), lambda: bytearray().pop(), lambda: a.append(-1), lambda: a.append("a"), lambda: a.__getitem__(100), lambda: a.extend(5),
            lambda: a.index(b"zz"), lambda: hash(a), lambda: a.insert("0", 1), lambda: a.__delitem__(100), lambda: a.__setitem__(slice(None), 5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
c = bytearray(b"abcdef")
c[1:4] = []
print(c)
c[:] = bytearray(b"xyz")
print(c, c.decode(), c.split(b"y"), c.replace(b"x", b"XX"), c.strip(b"xz"), c.startswith(b"x"), bytearray.fromhex("41 42"), c.isalpha())
c[-1:] = range(3)
print(c, list(c), c.zfill(8), c.title(), bytearray(b"x") in [bytearray(b"x")])
