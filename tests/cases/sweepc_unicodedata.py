import unicodedata


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


for w in ["café", "naïve", "Ångström", "São Paulo", "résumé"]:
    print(w, "->", strip_accents(w), len(w), len(unicodedata.normalize("NFD", w)))
for ch in "aZ5 é€😀中ñ\u0301Ⅷ½-":
    print(repr(ch), unicodedata.name(ch, "?"), unicodedata.category(ch), unicodedata.combining(ch),
          unicodedata.east_asian_width(ch), unicodedata.bidirectional(ch), unicodedata.numeric(ch, None))
print(unicodedata.lookup("SNOWMAN"), unicodedata.lookup("greek small letter alpha"), unicodedata.lookup("HANGUL SYLLABLE HAN"))
try:
    unicodedata.lookup("NO SUCH THING")
except KeyError as e:
    print("KeyError", e)
try:
    unicodedata.name("\x00")
except ValueError as e:
    print("ValueError", e)
s1, s2 = "e\u0301", "é"
print(s1 == s2, unicodedata.normalize("NFC", s1) == s2, [hex(ord(c)) for c in unicodedata.normalize("NFKD", "ﬁ①²")])
print(unicodedata.normalize("NFKC", "Ｈｅｌｌｏ　ｗｏｒｌｄ"), unicodedata.is_normalized("NFC", s1), unicodedata.decomposition("é"))
print(unicodedata.decimal("7"), unicodedata.digit("²"), unicodedata.numeric("¾"), unicodedata.mirrored("("), unicodedata.unidata_version)
print(unicodedata.normalize("NFD", "한국어"), len(unicodedata.normalize("NFD", "한국어")), unicodedata.normalize("NFC", unicodedata.normalize("NFD", "한국어")) == "한국어")
cats = {}
for ch in "Hello, World! 123 ünïcødé ★":
    cats.setdefault(unicodedata.category(ch)[0], []).append(ch)
print(sorted((k, "".join(v)) for k, v in cats.items()))
