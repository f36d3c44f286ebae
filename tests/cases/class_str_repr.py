# __str__ and __repr__ in print, str(), repr(), containers, f-strings, format
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"

class OnlyRepr:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"<OnlyRepr v={self.v}>"

class OnlyStr:
    def __str__(self):
        return "only-str"

m = Money(1234)
print(m)
print(str(m), repr(m))
print([m, Money(5)])
print((m,), {"price": m}, {m.cents: m})
print(f"{m} {m!r} {m!s}")
print("%s and %r" % (m, m))
print("{} {!r} {0}".format(m, m) if False else "{0} {0!r}".format(m))
o = OnlyRepr(3)
print(o, str(o), repr(o), [o])
print(f"{o}")
s = OnlyStr()
print(s, str(s), f"{s}")
print(str([s]).startswith("[<__main__.OnlyStr object at "))
print(repr(s).startswith("<__main__.OnlyStr object at "))

class Nested:
    def __init__(self, children):
        self.children = children
    def __repr__(self):
        return f"Nested({self.children!r})"
print(Nested([Nested([]), Nested([Money(1), "x", None])]))

class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)

class Temp:
    def __init__(self, c):
        self.c = c
    def __str__(self):
        return f"{self.c:.1f}C"
    __repr__ = __str__
print([Temp(21.456), Temp(-3)], Temp(0))
print(" | ".join(map(str, [Money(99), Money(100), Money(10001)])))
print(" | ".join(map(repr, [Money(99), Money(100)])))
print(str(Money(7)).rjust(10, "."), len(str(Money(123456))))
