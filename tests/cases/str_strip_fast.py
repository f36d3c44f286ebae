# strip/lstrip/rstrip on ASCII and non-ASCII strs, with and without a char set (the bytewise fast paths and the general path agree).
for s in ["  ab c \n", "\x1c\x1fab\x0b", "", "   ", "xx\u3000 ", "\u3000ab\u3000", "éaé\n", "ab,,", ",,"]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(",\n")), repr(s.rstrip("\n")), repr(s.strip("é")), repr(s.strip("a ")))
class S(str): pass
x = S("ab")
print(type(x.strip()), type(x.strip("z")), type("ab".strip()), "ab".strip() is "ab".strip())
