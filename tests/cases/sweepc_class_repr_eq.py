class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    def __repr__(self):
        return f"Temperature({self._c!r})"

    def __str__(self):
        return f"{self._c:.1f}°C"

    def __eq__(self, o):
        return isinstance(o, Temperature) and self._c == o._c

    def __lt__(self, o):
        return self._c < o._c

    def __hash__(self):
        return hash(self._c)

    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.fahrenheit, spec[:-1] or ".1f") + "°F"
        return format(self._c, spec or ".1f") + "°C"


t = Temperature(21.5)
print(t, repr(t), [t], f"{t}", f"{t:.3f}", f"{t:F}", f"{t:.0F}", str(t).encode())
t.celsius = 30
print(t.fahrenheit, t == Temperature(30), t != Temperature(30.0), t is Temperature(30))
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
temps = [Temperature(c) for c in (5, -3, 12, 5)]
print(sorted(temps), min(temps), len(set(temps)), temps.count(Temperature(5)), temps.index(Temperature(12)))


class Plain:
    pass


p = Plain()
print(type(p).__name__, p == p, p == Plain(), bool(p), hasattr(p, "__dict__"), vars(p))
p.x = 1
print(vars(p), getattr(p, "y", "none"), repr(p).startswith("<__main__.Plain object at 0x"))
print(str(Plain) , repr(int), repr(type(None)), type(len).__name__, type(print))
