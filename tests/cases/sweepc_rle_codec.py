import base64
import binascii
from itertools import groupby


def rle_encode(s):
    return "".join(f"{len(list(g))}{ch}" for ch, g in groupby(s))


def rle_decode(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)


for s in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "", "aaaaaaaaaaaaaaab"]:
    e = rle_encode(s)
    assert rle_decode(e) == s
    print(repr(e), len(s), len(e))


def caesar(s, k):
    def shift(c):
        if c.isalpha():
            base = ord("A") if c.isupper() else ord("a")
            return chr((ord(c) - base + k) % 26 + base)
        return c
    return "".join(map(shift, s))


msg = "Hello, World! Zebra-42"
enc = caesar(msg, 3)
print(enc, caesar(enc, -3) == msg, caesar(msg, 13), caesar(caesar(msg, 13), 13))


def vigenere(s, key, sign=1):
    ks = [ord(k) - 97 for k in key.lower()]
    out, i = [], 0
    for c in s:
        if c.isalpha():
            base = 65 if c.isupper() else 97
            out.append(chr((ord(c) - base + sign * ks[i % len(ks)]) % 26 + base))
            i += 1
        else:
            out.append(c)
    return "".join(out)


v = vigenere("Attack at dawn!", "lemon")
print(v, vigenere(v, "lemon", -1))
raw = "pyaot ✓ 2024".encode()
b64 = base64.b64encode(raw)
print(b64, base64.b64decode(b64).decode(), base64.b85encode(b"hello"), base64.a85encode(b"hi there"))
print(binascii.b2a_hex(b"\x00\xff"), binascii.a2b_base64(b"aGk="), hex(binascii.crc32(raw)))
xor = bytes(a ^ b for a, b in zip(raw, b"key" * 10))
print(xor.hex(), bytes(a ^ b for a, b in zip(xor, b"key" * 10)).decode())
