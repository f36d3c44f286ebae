import hashlib

for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    h = getattr(hashlib, name)()
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    print(getattr(hashlib, name)(b"The quick brown fox jumps over the lazy dog").hexdigest())
data = bytes(range(256)) * 40
for name in ['md5', 'sha1', 'sha256', 'sha512']:
    print(hashlib.new(name, data).hexdigest())
h = hashlib.sha256()
h.update(b"hello ")
c = h.copy()
h.update(b"world")
print(h.hexdigest())
print(c.hexdigest(), hashlib.sha256(b"hello ").hexdigest() == c.hexdigest())
print(hashlib.md5("text".encode()).digest(), len(hashlib.sha1(b"x").digest()))
print(hashlib.new("SHA256", b"abc").hexdigest())
print(sorted(hashlib.algorithms_guaranteed & {'md5', 'sha1', 'sha256'}))
try:
    hashlib.sha256("str")
except TypeError as e:
    print("TypeError:", e)
for n in [55, 56, 63, 64, 111, 112, 127, 128, 1000]:
    print(n, hashlib.md5(b"a" * n).hexdigest()[:8], hashlib.sha1(b"a" * n).hexdigest()[:8], hashlib.sha384(b"a" * n).hexdigest()[:8], hashlib.sha224(b"a" * n).hexdigest()[:8])
