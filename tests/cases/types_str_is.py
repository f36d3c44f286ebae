# The is* predicates over many characters.
chars = "aZ09 \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u2000\u3000_!~\x00\x7f\xb2\xbd\u00b5\u00aa\u0660\u0966\u2160\u2167\u3007\u4e00\u00e9\u0301\u02b0\u01c5\u2070\u00b9\u0f33\u1369\U0001d7ce\u2028\u2029\u200b\ufeff\U0001F600"
preds = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isupper", "islower", "istitle", "isprintable", "isidentifier", "isascii"]
for c in chars:
    print(repr(c), " ".join("1" if getattr(c, p)() else "0" for p in preds))
strings = ["", "abc", "ABC", "Abc", "Abc Def", "abc1", "a b", "12", "1.5", "-1", "_x", "x_1", "1x", "class", "Ab12", "½", "²", "٣", "IV", "Ⅳ"]
for s in strings:
    print(repr(s), " ".join("1" if getattr(s, p)() else "0" for p in preds))
