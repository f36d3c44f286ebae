# str ordering, equality, containment, iteration and conversions.
words = ["", "a", "A", "ab", "aB", "b", "é", "z", "Z", "日", "😀", "a\x00", "aa", " a", "10", "9", "\U0010ffff"]
print(sorted(words))
print(sorted(words, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
print(min(words), max(words), [w for w in words if w > "Z"], [ord(c) for c in "aé日😀"])
for a, b in [("abc", "abd"), ("abc", "ab"), ("", "a"), ("é", "e"), ("😀", "日"), ("A", "a")]:
    print(repr(a), repr(b), a < b, a <= b, a > b, a >= b, a == b, a != b)
s = "héllo wörld 😀"
print(len(s), list(s)[:4], s[6:], s[-1], s.find("ö"), s.index("😀"), s.count("l"), "😀" in s, "wö" in s, s[::-1], s.upper(), s.encode()[:8])
print(str(123), str(-0.5), str(True), str(b"x"), str([1, "a"]), str({"k": "v"}), str((1,)), str(None), str(1e22), str(1e-7), str(12345678901234567890))
print(int("  12  "), float(" 1e3 "), complex(" 1+1j "), list(map(int, "1 2 3".split())), "".join(map(str, range(5))))
it = iter("ab")
print(next(it), next(it), next(it, "end"))
print("abc" * 2 == "abcabc", "x".join("abc"), "abc"[1:2] is not None, "a" "b" == "ab", "abc".__getitem__(0), "abc".__getitem__(slice(1, None)))
