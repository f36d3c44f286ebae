# Case mapping methods over ASCII and Unicode strings.
words = ["hello World", "ß", "ǅungla", "İstanbul", "ﬁnal", "straße", "ΣΑΣ", "όσος ΣΟΦΟΣ", "Ǆ", "ŉ", "αβγ δεζ",
         "hello_world-foo bar", "they're bill's", "123abc", "", "  x  ", "ᾳ", "ÀÉÎõü", "\u0130i", "Σ", "aΣ", "aΣb", "ﬀ"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()), repr(w.casefold()))
for w in words:
    print(repr(w), w.isupper(), w.islower(), w.istitle(), len(w.upper()), len(w.lower()))
