import struct
import binascii
import base64

rec = struct.pack("<HIf3s?", 7, 123456, 1.5, b"abc", True)
print(rec, len(rec), struct.calcsize("<HIf3s?"), struct.calcsize("HIf3s?"))
print(struct.unpack("<HIf3s?", rec))
print(struct.pack(">i", -2), struct.pack("<q", 2**40), struct.pack("!h", 258))
print(struct.unpack(">HH", b"\x01\x02\x03\x04"), struct.unpack("<d", struct.pack("<d", 3.14159))[0])
S = struct.Struct(">BBH")
print(S.size, S.pack(1, 2, 3), S.unpack(b"\xff\x00\x01\x00"))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\xff\xff")))
try:
    struct.pack("b", 300)
except struct.error as e:
    print("struct.error:", e)
data = bytes(range(0, 256, 17))
print(data, data.hex(), data.hex(":"), bytes.fromhex("de ad be ef"))
print(binascii.hexlify(b"hi!"), binascii.unhexlify("6869"), binascii.crc32(b"hello world"))
print(base64.b64encode(b"any carnal pleas"), base64.b64decode("YW55IGNhcm5hbCBwbGVhcw=="))
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b32encode(b"abc"), base64.b16encode(b"\x01\xab"))
b = bytearray(b"hello")
b[0] = ord("J")
b.extend(b" world")
b += b"!"
print(b, b.upper(), b.find(b"o"), b.replace(b"l", b"L", 2), bytes(b[::-1]))
print(b"a,b,c".split(b","), b"  x ".strip(), b"abc" * 2, b"%d-%s" % (5, b"x"))
print(int.from_bytes(b"\x00\x10", "big"), (4096).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\xff\xfe", "big", signed=True), bytes([65, 66, 67]).decode(), b"\xe2\x82\xac".decode("utf-8"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
print(b"\xff".decode("utf-8", errors="replace"), b"\xff".decode("latin-1"), "€".encode("cp1252") if False else "€".encode())
mv = memoryview(b"abcdef")
print(mv[1:4].tobytes(), mv[0], len(mv), bytes(mv[::2]))
print(sum(b"abc"), list(b"hi"), b"abc"[1], b"abc"[1:], 98 in b"abc", b"b" in b"abc")
