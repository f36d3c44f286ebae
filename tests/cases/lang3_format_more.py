# __format__ with format-spec dispatch, __init_subclass__ keyword, f-string conversions, nested specs, = debugging
class Temperature:
    scale = "C"
    def __init__(self, deg): self.deg = deg
    def __init_subclass__(cls, scale="?", **kw):
        super().__init_subclass__(**kw)
        cls.scale = scale
    def __repr__(self): return f"{self.deg}°{self.scale}"
    def __format__(self, spec):
        if spec.endswith("K"):
            return format(self.deg + 273.15, spec[:-1] + "f") + "K"
        return format(self.deg, spec) + self.scale
class F(Temperature, scale="F"):
    pass
t, f = Temperature(21.5), F(70)
print(t, f, repr(t), f"{t:.1K} {t:>8.2f} {f:04d}")
print(f"{t!r:>10}|{t!s:<8}|")
print("{0:.0f} and {0!r}".format(t))
data = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 3.0, 1)]
for name, price, qty in data:
    print(f"{name:<12}{price:>6.2f}{qty:>4}{price * qty:>8.2f}")
print(f"{'total':<12}{sum(p * q for _, p, q in data):>18.2f}")
w = 10
print(f"{'centered':^{w}}|{3.14159:.{w // 5}f}|{42:#0{w}b}")
print(f"{1234567.891:,.2f} {0.25:.0%} {12:+d} {-12: d} {255:X} {1e-7:.2e}")
x, y = 3, 4
print(f"{x=}, {y = }, {x * y = :>5}")
print(f"{'nested {braces}'} {{literal}} {[1, 2][0]} {dict(a=1)['a']}")
