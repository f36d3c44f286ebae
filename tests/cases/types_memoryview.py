# memoryview basics.
m = memoryview(b"abcdef")
print(len(m), m[0], m[-1], m[1:3].tobytes(), m.tobytes(), m.tolist(), m.readonly, m.format, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides)
print(bytes(m[::2]), m[::-1].tolist(), m == b"abcdef", m[1:4] == b"bcd", m.hex(), bytes(m) == b"abcdef", list(m[2:4]))
ba = bytearray(b"xyz")
mv = memoryview(ba)
print(mv.readonly, mv.obj is ba)
mv[0] = 65
mv[1:3] = b"BC"
print(ba, mv.tobytes(), mv.tolist())
for bad in [lambda: m.__setitem__(0, 1), lambda: m[10], lambda: mv.__setitem__(0, 300), lambda: mv.__setitem__(slice(0, 2), b"abc"), lambda: memoryview("str"),
            lambda: memoryview(5), lambda: mv.__setitem__(0, b"a")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
m2 = memoryview(b"q")
m2.release()
try:
    m2[0]
except ValueError as e:
    print(e)
try:
    len(m2)
except ValueError as e:
    print(e)
with memoryview(b"ctx") as mm:
    print(mm.tobytes())
try:
    mm.tobytes()
except ValueError as e:
    print(e)
print(type(m).__name__, isinstance(m, memoryview), repr(m)[:10], str(m.tobytes(), "ascii"))
