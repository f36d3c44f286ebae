# int methods: bit_length, bit_count, to_bytes/from_bytes, as_integer_ratio, properties.
for v in [0, 1, -1, 7, 8, 255, 256, -256, 2**63 - 1, 2**63, -(2**63), 2**100 + 12345, -(2**100)]:
    print(v, v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.numerator, v.denominator, v.real, v.imag, v.conjugate(), (v).is_integer() if hasattr(v, "is_integer") else "")
for v, n, order, signed in [(1024, 2, "big", False), (1024, 2, "little", False), (-1, 1, "big", True), (-129, 2, "big", True), (255, 1, "little", False),
                            (0, 0, "big", False), (2**64, 9, "big", False), (-(2**63), 8, "little", True), (127, 1, "big", True)]:
    b = v.to_bytes(n, order, signed=signed)
    print(v, b, int.from_bytes(b, order, signed=signed))
print((5).to_bytes(), (5).to_bytes(2), (5).to_bytes(length=3, byteorder="little"))
for bad in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (128).to_bytes(1, "big", signed=True), lambda: (1).to_bytes(1, "middle"),
            lambda: (1).to_bytes(-1, "big"), lambda: int.from_bytes("ab", "big"), lambda: int.from_bytes(b"a", "x"), lambda: (0).to_bytes(0, "big", signed=True)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes([1, 2], "little"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"", "big"), int.from_bytes(bytearray(b"\x01")))
print(True.bit_length(), (3).__index__(), int.__name__, (10).__divmod__(3), (10).__rsub__(3), (-5).__abs__(), (5).__neg__(), (5).__invert__(), (6).__and__(3))
print((2).__pow__(10), (2).__pow__(10, 1000), (7).__floordiv__(2), (7).__truediv__(2), (7).__mod__(-2), (1).__add__(1.5), (1).__lt__(2), (1).__eq__("a"))
print(int.__add__(1, 2), (12).__format__("x"), (255).__repr__(), (3).__bool__(), (0).__bool__(), (3).__float__(), (3).__hash__(), (-1).__hash__(), (2**64).__hash__())
