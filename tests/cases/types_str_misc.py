# join, format_map, misc str operations and errors.
print(",".join(["a", "b"]), "".join([]), "-".join("abc"), "x".join(("1",)))
for bad in [["a", 1], [None], [b"x"]]:
    try:
        ",".join(bad)
    except TypeError as e:
        print(e)
try:
    ",".join(5)
except TypeError as e:
    print(e)
print("{a}-{b}".format_map({"a": 1, "b": 2}))
class D(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} {zz}".format_map(D(a=1)))
try:
    "{x}".format_map({})
except KeyError as e:
    print("KeyError", e)
s = "hello"
print(s[1], s[-1], s[1:3], s[::-1], s[::2], s[10:], s[-10:2], s[1:-1:2])
for i in (5, -6, 100):
    try:
        s[i]
    except IndexError as e:
        print(e)
try:
    s["a"]
except TypeError as e:
    print(e)
try:
    s[0] = "x"
except TypeError as e:
    print(e)
try:
    del s[0]
except TypeError as e:
    print(e)
print("a" * 3, 3 * "ab", "a" * 0, "a" * -2, "ab" + "cd", "b" in "abc", "" in "abc", "x" not in "abc")
for bad in [lambda: "a" + 1, lambda: 1 + "a", lambda: "a" * "b", lambda: "a" * 1.5, lambda: 1 in "a", lambda: "a" - "b", lambda: -"a", lambda: "a" < 1]:
    try:
        bad()
    except TypeError as e:
        print(e)
print("abc" < "abd", "ab" < "abc", "B" < "a", "é" > "z", "abc" == "abc", "a" != "b", max("abc"), min("xyz"))
print(str(), str(1), str(1.5), str(None), str([1, "a"]), str("x"), repr("a'b"), repr('a"b'), repr("a'\"b"), repr("\n\t\\"), repr("\x00\x1f\x7f\x80\xff\u0100\u2028\U0001F600"))
print(ascii("héllo\u2028\U0001F600"), ascii(["é"]), ascii(1))
print(len("日本語"), ord("日"), chr(0x65e5), "abc".index("c"), "a".isascii(), "é".isascii())
print(hash("abc") == hash("abc"), "abc".__len__(), "abc".__contains__("b"), "ab".__add__("c"), str.__name__)
print("%s" % "x", "abc".upper().lower().title())
print("tic-tac-toe".split("-"), "".join(reversed("abc")), sorted("bca"), list("ab"), tuple("ab"), set("aa"))
