# __format__, __str__, __repr__ and how f-strings, format(), str.format and % use them
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return f"${self.cents / 100:.2f}"
    def __repr__(self):
        return f"Money({self.cents})"
    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "raw":
            return str(self.cents)
        if spec.endswith("c"):
            return format(self.cents, spec[:-1] + "d")
        return format(self.cents / 100, spec)

m = Money(12345)
print(m, repr(m), [m])
print(f"{m}", f"{m!r}", f"{m!s}", f"{m:raw}", f"{m:>10.1f}|", f"{m:08c}")
print(format(m), format(m, "raw"), "{}/{:raw}/{!r}".format(m, m, m))
print("%s and %r" % (m, m))
print(str(m), "{0:,.2f}".format(m))

class NoFormat:
    def __str__(self):
        return "nf"
print(f"{NoFormat()}", format(NoFormat(), ""))
try:
    format(NoFormat(), "10")
except TypeError as e:
    print("TypeError:", e)

class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}", [OnlyRepr()])

class Grid:
    def __init__(self, rows):
        self.rows = rows
    def __str__(self):
        return "\n".join(" ".join(f"{v:3d}" for v in r) for r in self.rows)
print(Grid([[1, 2, 3], [40, 50, 60]]))

class BadStr:
    def __str__(self):
        return 42
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)

class Wide:
    def __format__(self, spec):
        return f"<{spec}>"
print(f"{Wide():abc}", f"{Wide():{'x' * 3}}", "{:q}".format(Wide()))
print(f"{3.14159:.2f} {42:>6} {'s':^5}| {255:#x} {1234567:,}")
