# String-processing exercises: ciphers, palindromes, run-length encoding, word frequency.
def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)


msg = "Hello, World! xyz"
enc = caesar(msg, 3)
print(enc, caesar(enc, -3), caesar(msg, 26) == msg)


def is_pal(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]


for s in ["A man, a plan, a canal: Panama", "race a car", "", "No 'x' in Nixon"]:
    print(repr(s), is_pal(s))


def rle(s):
    if not s:
        return ""
    out, prev, n = [], s[0], 1
    for c in s[1:]:
        if c == prev:
            n += 1
        else:
            out.append(f"{n}{prev}")
            prev, n = c, 1
    out.append(f"{n}{prev}")
    return "".join(out)


def unrle(s):
    import re
    return "".join(ch * int(n) for n, ch in re.findall(r"(\d+)(\D)", s))


for s in ["aaabccdddd", "abc", "zzzzzzzzzzzz", ""]:
    e = rle(s)
    print(f"{s!r:>16} -> {e!r:<12} back ok: {unrle(e) == s}")
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness..."""
words = [w.strip(".,").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for w, n in top:
    print(f"{w:<10}{'#' * n} {n}")
print(len(words), len(set(words)), max(words, key=len), min(words, key=len))
print(" ".join(w.capitalize() for w in "the quick brown fox".split()))
print("".join(sorted("listen")) == "".join(sorted("silent")), sorted("hello", reverse=True))
vowels = sum(1 for c in text.lower() if c in "aeiou")
print("vowels:", vowels, "lines:", len(text.splitlines()), "commas:", text.count(","))
print(text.splitlines()[1].title().swapcase()[:20], text[:11].upper().center(21, "*"))
acronym = "".join(w[0] for w in "portable network graphics".split()).upper()
print(acronym, "-".join(reversed("a.b.c".split("."))), "x".join("123"))
table = str.maketrans({"a": "4", "e": "3", "o": "0"})
print("hello world, leet speak".translate(table))
