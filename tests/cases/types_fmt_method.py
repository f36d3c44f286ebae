# str.format: positional/auto numbering, nested fields, conversions, attribute and index lookups.
class P:
    x = 3
    y = [10, 20]
    name = "pt"
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
d = {"a": 1, "key": "v", 3: "int3"}
print("{} {} {}".format(1, "a", [2]))
print("{0} {1} {0}".format("x", "y"))
print("{a} {b}".format(a=1, b=2))
print("{0.x} {0.y[1]} {0.name!r} {1[key]} {1[a]}".format(P(), d))
print("{p.x:>5} {p!r} {p!s} {p!a} {p}".format(p=P()))
print("{0:{1}}|{0:{w}.{p}f}|".format(3.14159, 8, w=10, p=2))
print("{:{}}|{:>{}}".format("a", 4, "b", 3))
print("{{}} {{x}} {0}".format(5), "{}".format("{}"))
print("{0[0]}{0[1]}".format("ab"), "{0[0][1]}".format([[1, 2]]), "{x[3]}".format(x=d))
print("{!r:^10}".format("é"), "{!a}".format("日本"), "{:%}".format(0.5))
print("{0:x} {0:o} {0:b} {0:#x} {0:,}".format(1234567))
errs = ["{", "}", "{0", "{0!}", "{0!x}", "{:", "{0}{}", "{}{0}", "{1}", "{a}", "{0.nope}", "{0[5]}", "{0[a]}", "{0:{1}{2}{3}}",
        "{!r", "{0:", "x}y", "{0:d}", "{0.}", "{0[}", "{0]}", "{:{:{}}}"]
for f in errs:
    try:
        print(repr(f), repr(f.format("str")))
    except Exception as e:
        print(repr(f), type(e).__name__, e)
try:
    "{a}".format(1)
except KeyError as e:
    print("KeyError", e)
print("{0!s:5}|{0!r:5}|".format(1))
print("{:*<8}".format(True), "{:d}".format(True), "{}".format(None), "{:>4}".format(None) if False else "")
print("{0:.{1}}".format("abcdef", 3), "{:.3}".format(3.14159), "{:.3}".format("xyzwv"))
