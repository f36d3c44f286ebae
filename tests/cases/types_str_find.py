# find/rfind/index/rindex/count/startswith/endswith with ranges.
s = "abracadabra"
subs = ["a", "bra", "", "z", "abracadabra", "abracadabrax", "ra"]
ranges = [(), (1,), (-3,), (2, 8), (0, -1), (5, 2), (-100, 100), (None, 4), (3, None), (11,), (12,), (None, None)]
for sub in subs:
    for r in ranges:
        out = [s.find(sub, *r), s.rfind(sub, *r), s.count(sub, *r), s.startswith(sub, *r), s.endswith(sub, *r)]
        for m in ("index", "rindex"):
            try:
                out.append(getattr(s, m)(sub, *r))
            except ValueError as e:
                out.append(str(e))
        print(repr(sub), r, out)
print(s.startswith(("x", "ab")), s.endswith(("x", "bra")), s.startswith(()), s.endswith(("a",), 0, 1))
for bad in [1, ["a"], ("a", 1)]:
    for m in ("startswith", "endswith"):
        try:
            getattr(s, m)(bad)
        except TypeError as e:
            print(m, e)
for bad in [1, None]:
    for m in ("find", "count", "index"):
        try:
            getattr(s, m)(bad)
        except TypeError as e:
            print(m, e)
print("".count(""), "abc".count(""), "aaaa".count("aa"), "ééé".find("é", 1), "日本語日本".rfind("日本"))
try:
    s.find("a", "1")
except TypeError as e:
    print(e)
