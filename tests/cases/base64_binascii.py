import base64
import binascii

for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:40]]:
    e = base64.b64encode(data)
    print(e, base64.b64decode(e) == data, base64.b32encode(data), base64.b16encode(data), base64.b85encode(data))
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.urlsafe_b64decode(b"-__-"), base64.b64encode(b"\xfb\xff", altchars=b"-_"))
print(base64.standard_b64encode(b"hi"), base64.standard_b64decode("aGk="), base64.b64decode("aGk"+"="))
print(base64.b32decode(b"MZXW6YTBOI======"), base64.b16decode(b"666F6F"), base64.b16decode(b"666f6f", casefold=True))
print(base64.encodebytes(b"x" * 60), base64.decodebytes(b"eHh4\n"))
print(base64.a85encode(b"hello world"), base64.a85decode(base64.a85encode(b"hello world")))
for bad in [b"YQ", b"Y", b"abc$", b"YQ==YQ=="]:
    try:
        print(base64.b64decode(bad))
    except binascii.Error as e:
        print("Error:", e)
try:
    base64.b64decode(b"ab$c", validate=True)
except binascii.Error as e:
    print("Error:", e)
try:
    base64.b16decode(b"zz")
except binascii.Error as e:
    print("Error:", e)
print(binascii.hexlify(b"\x01\xab"), binascii.unhexlify("01ab"), binascii.b2a_hex(b"xyz", "-"), binascii.a2b_hex(b"4142"))
print(binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc_hqx(b"abc", 0))
print(binascii.b2a_base64(b"abc"), binascii.b2a_base64(b"ab", newline=False), binascii.a2b_base64("YWJj"))
for bad in ["abc", "zz"]:
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print("Error:", e)
print(issubclass(binascii.Error, ValueError))
