# Bitwise and, or, xor, invert incl. negative and big ints
vals = [0, 1, -1, 5, -5, 12, -12, 255, 2**63, -(2**63), 2**70 + 5]
for a in vals:
    for b in vals[:6]:
        print(a, b, a & b, a | b, a ^ b)
for v in vals:
    print(v, ~v, ~~v)
print(0xff & 0x0f, 0xf0 | 0x0f, 0xff ^ 0x0f)
print(-1 & 0xffffffffffffffff)
print(-(2**64) | 1, -(2**64) & (2**65 - 1))
print((2**100 - 1) ^ (2**99), (2**100) & -(2**100))
x = 0
for i in range(0, 80, 3):
    x |= 1 << i
print(x, bin(x))
print(bin(x & -x), x.bit_length())
for n in [0, 1, 2, 3, 255, 256, -1, -256, 2**64, 2**64 - 1]:
    print(n, n.bit_length())
flags = 0b1011
flags &= ~0b10
flags ^= 0b100
print(flags, bin(flags))
print(True & False, True | False, True ^ True, ~True, ~False)
