# __format__ with custom format specs
class Money:
    def __init__(self, cents, currency="USD"):
        self.cents = cents
        self.currency = currency
    def __format__(self, spec):
        amount = self.cents / 100
        if spec == "":
            return f"{amount:.2f} {self.currency}"
        if spec == "short":
            return f"{amount:.0f}{self.currency[0]}"
        if spec.endswith("c"):
            width = spec[:-1]
            return format(f"{self.currency} {amount:,.2f}", ">" + width if width else "")
        return format(amount, spec)
    def __str__(self):
        return f"Money<{self.cents}>"

m = Money(123456)
print(f"{m}")
print(f"{m:short}")
print(f"[{m:20c}]")
print(f"[{m:c}]")
print(f"{m:.1f}", f"{m:>12,.3f}", f"{m:e}")
print(format(m), format(m, "short"), str(m))
print("{0} / {0:short} / {1:10.2f}".format(m, Money(5)))
print("%s" % m)

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __format__(self, spec):
        if spec.startswith("polar"):
            import math
            r = math.hypot(self.x, self.y)
            t = math.degrees(math.atan2(self.y, self.x))
            return f"r={r:.3f} theta={t:.1f}"
        inner = spec or ""
        return f"({self.x:{inner}}, {self.y:{inner}})"

p = Point(3, 4)
print(f"{p}", f"{p:05.1f}", f"{p:polar}", f"{p:>4}")
for w in (2, 6):
    print(f"{p:{w}}")

class NoFormat:
    def __str__(self):
        return "nf"
print(f"{NoFormat()}", format(NoFormat()), f"{NoFormat()!s:>5}")
try:
    f"{NoFormat():>5}"
except TypeError as e:
    print("TypeError:", e)

class BadFormat:
    def __format__(self, spec):
        return 12
try:
    format(BadFormat(), "x")
except TypeError as e:
    print("TypeError:", e)

class Temperature:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        unit = spec[-1:] if spec[-1:] in ("C", "F", "K") else "C"
        num_spec = spec[:-1] if spec[-1:] in ("C", "F", "K") else spec
        value = {"C": self.c, "F": self.c * 9 / 5 + 32, "K": self.c + 273.15}[unit]
        return format(value, num_spec or ".1f") + unit
t = Temperature(21.5)
print(f"{t} {t:F} {t:.3K} {t:8.2C}|")
rows = [("a", Temperature(-5)), ("bb", Temperature(100))]
for name, temp in rows:
    print(f"{name:<4}{temp:>8.1f}{temp:>8.1F}")
