"""BLAKE2b and BLAKE2s (RFC 7693) in pure Python for pyaot's hashlib:
digest_size, key, salt and person parameters as in CPython's _blake2
(no tree-hashing parameters). Digests are byte-identical to CPython's.
"""

_SIGMA = (
    (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15),
    (14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3),
    (11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4),
    (7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8),
    (9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13),
    (2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9),
    (12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11),
    (13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10),
    (6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5),
    (10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0),
)

_IV_B = (0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
         0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179)
_IV_S = (0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A,
         0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19)


class _Blake2:
    def __init__(self, data=b'', *, digest_size=None, key=b'', salt=b'', person=b'',
                 usedforsecurity=True):
        if digest_size is None:
            digest_size = self.MAX_DIGEST_SIZE
        if not 1 <= digest_size <= self.MAX_DIGEST_SIZE:
            raise ValueError("digest_size must be between 1 and %d bytes" % self.MAX_DIGEST_SIZE)
        if len(key) > self.MAX_KEY_SIZE:
            raise ValueError("maximum key length is %d bytes" % self.MAX_KEY_SIZE)
        if len(salt) > self.SALT_SIZE:
            raise ValueError("maximum salt length is %d bytes" % self.SALT_SIZE)
        if len(person) > self.PERSON_SIZE:
            raise ValueError("maximum person length is %d bytes" % self.PERSON_SIZE)
        self.digest_size = digest_size
        wb = self._WB
        param = bytearray(8 * wb)
        param[0] = digest_size
        param[1] = len(key)
        param[2] = 1
        param[3] = 1
        so = 32 if wb == 8 else 16
        param[so:so + len(salt)] = salt
        param[so + self.SALT_SIZE:so + self.SALT_SIZE + len(person)] = person
        self._h = [iv ^ int.from_bytes(param[i * wb:(i + 1) * wb], 'little')
                   for i, iv in enumerate(self._IV)]
        self._t = 0
        self._buf = b''
        if key:
            self._buf = bytes(key) + bytes(self.block_size - len(key))
        if data:
            self.update(data)

    def _compress(self, block, last):
        wb, mask = self._WB, self._MASK
        r1, r2, r3, r4 = self._ROT
        bits = wb * 8
        m = [int.from_bytes(block[i * wb:(i + 1) * wb], 'little') for i in range(16)]
        v = self._h + list(self._IV)
        v[12] ^= self._t & mask
        v[13] ^= (self._t >> bits) & mask
        if last:
            v[14] ^= mask
        for r in range(self._ROUNDS):
            s = _SIGMA[r % 10]
            for i, (a, b, c, d) in enumerate(((0, 4, 8, 12), (1, 5, 9, 13), (2, 6, 10, 14), (3, 7, 11, 15),
                                              (0, 5, 10, 15), (1, 6, 11, 12), (2, 7, 8, 13), (3, 4, 9, 14))):
                x, y = m[s[2 * i]], m[s[2 * i + 1]]
                va = (v[a] + v[b] + x) & mask
                vd = v[d] ^ va
                vd = ((vd >> r1) | (vd << (bits - r1))) & mask
                vc = (v[c] + vd) & mask
                vb = v[b] ^ vc
                vb = ((vb >> r2) | (vb << (bits - r2))) & mask
                va = (va + vb + y) & mask
                vd ^= va
                vd = ((vd >> r3) | (vd << (bits - r3))) & mask
                vc = (vc + vd) & mask
                vb ^= vc
                vb = ((vb >> r4) | (vb << (bits - r4))) & mask
                v[a], v[b], v[c], v[d] = va, vb, vc, vd
        self._h = [self._h[i] ^ v[i] ^ v[i + 8] for i in range(8)]

    def update(self, data):
        if isinstance(data, str):
            raise TypeError("Strings must be encoded before hashing")
        buf = self._buf + bytes(data)
        bs = self.block_size
        # Keep the last (possibly full) block for the final compression.
        while len(buf) > bs:
            self._t += bs
            self._compress(buf[:bs], False)
            buf = buf[bs:]
        self._buf = buf

    def copy(self):
        c = type(self).__new__(type(self))
        c.__dict__.update(self.__dict__)
        c._h = list(self._h)
        return c

    def digest(self):
        c = self.copy()
        c._t += len(c._buf)
        c._compress(c._buf + bytes(c.block_size - len(c._buf)), True)
        out = b''.join(h.to_bytes(c._WB, 'little') for h in c._h)
        return out[:self.digest_size]

    def hexdigest(self):
        return self.digest().hex()


class blake2b(_Blake2):
    name = 'blake2b'
    block_size = 128
    MAX_DIGEST_SIZE = 64
    MAX_KEY_SIZE = 64
    SALT_SIZE = 16
    PERSON_SIZE = 16
    _WB = 8
    _MASK = 0xFFFFFFFFFFFFFFFF
    _ROT = (32, 24, 16, 63)
    _ROUNDS = 12
    _IV = _IV_B


class blake2s(_Blake2):
    name = 'blake2s'
    block_size = 64
    MAX_DIGEST_SIZE = 32
    MAX_KEY_SIZE = 32
    SALT_SIZE = 8
    PERSON_SIZE = 8
    _WB = 4
    _MASK = 0xFFFFFFFF
    _ROT = (16, 12, 8, 7)
    _ROUNDS = 10
    _IV = _IV_S
