import hmac, hashlib
h = hmac.new(b"key", b"The quick brown fox", hashlib.sha256)
print(h.hexdigest(), h.name, h.digest_size, h.block_size)
h2 = hmac.new(b"key", digestmod="md5"); h2.update(b"abc"); c = h2.copy(); c.update(b"d")
print(h2.hexdigest(), c.hexdigest())
print(hmac.digest(b"k" * 100, b"msg", "sha1").hex())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("ab", "ac"))
try:
    hmac.new(b"key")
except TypeError as e:
    print(e)
