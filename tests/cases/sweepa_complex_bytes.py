# complex numbers and bytes / bytearray basics.
z = complex(3, 4)
print(z, abs(z), z.real, z.imag, z.conjugate(), -z, z * z, z / 2)
print(1j, 1j * 1j, (1 + 2j) + (3 - 1j), complex("1+2j"), complex(2), complex(0, -1))
print(repr(complex(-0.0, 1)), complex(1.5, -2.25), (2 + 0j) ** 2, 0j)
print(z == 3 + 4j, z != 3, hash(complex(2, 0)) == hash(2))
b = b"hello world"
print(b, b[0], b[1:5], b.upper(), b.split(), b.replace(b"o", b"0"), len(b))
print(b.decode(), b.hex(), bytes.fromhex("414243"), bytes([65, 66, 67]), bytes(3))
print(list(b"abc"), b"abc" + b"def", b"ab" * 3, b"a" in b"abc", 97 in b"abc")
print(b"%d-%s" % (5, b"x"), b"x=%r" % (b"y",), repr(b"\x00\xff\n'\""), b"\\")
ba = bytearray(b"abc")
ba.append(100)
ba[0] = 65
ba.extend(b"ef")
print(ba, len(ba), ba.decode(), bytes(ba), ba.pop(), ba)
print(b"a,b,,c".split(b","), b"  pad ".strip(), b"abc".startswith(b"ab"), b"abc".find(b"c"))
print(sorted(b"hello"), max(b"xyz"), b"abc" < b"abd", b"" == b"", bytes(b"x") is not None)
print("é".encode("utf-8"), "é".encode("latin-1"), b"\xc3\xa9".decode("utf-8"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(int.from_bytes(b"\x01\x00", "big"), (1024).to_bytes(2, "little"), (255).to_bytes(1, "big"))
print(b"abc".center(9, b"*"), b"x".join([b"a", b"b"]), b"A b".swapcase(), b"12".isdigit())
