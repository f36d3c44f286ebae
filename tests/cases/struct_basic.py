import struct

print(struct.pack('<i', 1), struct.pack('>i', 1), struct.pack('!H', 258), struct.pack('=q', -2))
print(struct.pack('<3B', 1, 2, 3), struct.pack('<?', 5), struct.pack('c', b'z'))
print(struct.pack('<d', 1.5), struct.pack('>f', -2.25), struct.pack('<e', 0.5), struct.pack('>d', float('inf')))
print(struct.unpack('<i', b'\x01\x00\x00\x00'), struct.unpack('>hH', b'\xff\xfe\x01\x02'))
print(struct.unpack('<d', struct.pack('<d', 3.141592653589793)), struct.unpack('<f', struct.pack('<f', 0.1)))
print(struct.unpack('<e', struct.pack('<e', 1.0009765625)), struct.unpack('>e', b'\x7c\x00'), struct.unpack('<e', b'\x01\x00'))
print(struct.calcsize('@bi'), struct.calcsize('<bi'), struct.calcsize('@ic'), struct.calcsize('@q?'), struct.calcsize('P'), struct.calcsize('l'), struct.calcsize('<l'))
print(struct.calcsize('10s'), struct.calcsize('2x3h'), struct.calcsize(''), struct.calcsize('@hq'))
print(struct.pack('@bi', 1, 2), struct.pack('@hq', 1, 2))
print(struct.pack('5s', b'ab'), struct.pack('3p', b'abcd'), struct.unpack('3p', b'\x05ab'), struct.pack('2s', b'abc'))
print(struct.unpack('<4s2x?', b'spam\x00\x00\x01'))
s = struct.Struct('<hhl')
print(s.size, s.format, s.pack(1, 2, 3), s.unpack(s.pack(1, 2, 3)))
print(list(struct.iter_unpack('<H', b'\x01\x00\x02\x00\x03\x00')))
buf = bytearray(8)
struct.pack_into('<hh', buf, 2, 7, -1)
print(buf, struct.unpack_from('<h', buf, 2), struct.unpack_from('<h', buf, offset=4))
print(struct.pack('>Q', 2**64 - 1), struct.unpack('>q', b'\x80' + b'\x00' * 7))
print(struct.pack(b'<i', 5), struct.unpack('<I', memoryview(b'\xff\xff\xff\xff')))
for f, v in [('b', 200), ('B', -1), ('h', 40000), ('H', -1), ('i', 2**31), ('<i', 2**31), ('<I', -1),
             ('q', 2**63), ('Q', -1), ('<l', 2**31), ('b', 'x'), ('c', b'ab'), ('c', 'a'), ('<e', 1e6),
             ('s', 1), ('i', 1.5), ('<f', 1e300), ('d', 'x')]:
    try:
        print(f, struct.pack(f, v))
    except (struct.error, OverflowError) as e:
        print(f, type(e).__name__, e)
for f in ['z', '<n', '3']:
    try:
        struct.calcsize(f)
    except struct.error as e:
        print(f, e)
for call in [lambda: struct.unpack('<i', b'ab'), lambda: struct.pack('ii', 1),
             lambda: struct.iter_unpack('<i', b'abcde')]:
    try:
        call()
    except struct.error as e:
        print(e)
header = struct.pack('<4sIH', b'RIFF', 1024, 3)
magic, size, n = struct.unpack('<4sIH', header)
print(magic, size, n, len(header))
