import secrets
import timeit
import string

tok = secrets.token_hex(16)
print(len(tok), all(c in "0123456789abcdef" for c in tok))
print(len(secrets.token_bytes(8)), len(secrets.token_urlsafe(16)) >= 16)
n = secrets.randbelow(10)
print(0 <= n < 10, secrets.choice("abc") in "abc", 0 <= secrets.randbits(4) < 16)
pw = "".join(secrets.choice(string.ascii_letters) for _ in range(12))
print(len(pw), secrets.compare_digest("abc", "abc"))

calls = []


def work():
    calls.append(1)


t = timeit.timeit(work, number=100)
print(type(t).__name__, t >= 0, len(calls))
r = timeit.repeat(work, repeat=3, number=10)
print(len(r), len(calls))
tm = timeit.Timer(lambda: sum(range(10)))
print(tm.timeit(number=5) >= 0)
print(timeit.timeit("pass", number=10) >= 0, timeit.default_timer is not None)
