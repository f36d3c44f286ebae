s = "a\ud800b"
print(len(s), repr(s), ascii(s))
x = 5
t = f"\ud83d{x}\ude00"
print(len(t), repr(t))
print(repr(f"{s!r}"), "\udcff".encode("utf-8", "surrogateescape"))
print("x\ud800".encode("utf-8", "replace"), "x\ud800".encode("utf-8", "surrogatepass"))
try:
    print(s)
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e.reason, e.start, e.end)
