# The format mini-language for str and generic objects; format() errors.
vals = ["", "a", "hello", "héllo", "日本語"]
specs = ["", "s", "5", "<5", ">5", "^5", "*^7", ".2", "8.3", "^8.3s", "->6", "0>5", ".0"]
for v in vals:
    print(repr(v), [format(v, sp) for sp in specs])
for sp in ["d", "+", "=5", ",", "#", "05", "x", " ", "z"]:
    try:
        print(format("abc", sp))
    except Exception as e:
        print(repr(sp), type(e).__name__, e)
print(format(None), format([1, 2]), format((1,), ""), format(True), format(True, "d"), format(False, ">6"), format(None, ""))
for v, sp in [(None, "5"), ([1], "x"), (object(), "s")]:
    try:
        format(v, sp)
    except TypeError as e:
        print(type(e).__name__, str(e).split(" at ")[0])
class C:
    def __format__(self, spec):
        return "C<" + spec + ">"
print(format(C(), "xyz"), f"{C():abc}", "{:q}".format(C()), f"{C()!r}"[:3])
class Bad:
    def __format__(self, spec):
        return 5
try:
    format(Bad())
except TypeError as e:
    print(e)
print(format(1+2j), format(1.5+0j, ".2f"), format(-1j, ">10"), format(3j, "e"))
print(f"{'a'!r:>6}", f"{'é'!a}", f"{'x'!s:*^5}", f"{1.5!s}", f"{[1, 'a']!r}")
