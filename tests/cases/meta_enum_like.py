# An enum-like class built with a metaclass (no enum module)
class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and not callable(v)}
        for k in members:
            del ns[k]
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = {}
        for k, v in members.items():
            inst = object.__new__(cls)
            inst.name = k
            inst.value = v
            setattr(cls, k, inst)
            cls._members[k] = inst
        return cls
    def __iter__(cls):
        return iter(cls._members.values())
    def __len__(cls):
        return len(cls._members)
    def __getitem__(cls, name):
        return cls._members[name]
    def __contains__(cls, item):
        return isinstance(item, cls) and item.name in cls._members
    def __call__(cls, value):
        for m in cls._members.values():
            if m.value == value:
                return m
        raise ValueError(f"{value!r} is not a valid {cls.__name__}")

class Enum(metaclass=EnumMeta):
    def __repr__(self):
        return f"<{type(self).__name__}.{self.name}: {self.value!r}>"
    def __str__(self):
        return f"{type(self).__name__}.{self.name}"

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def is_warm(self):
        return self is Color.RED

class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    def surface_gravity(self):
        mass, radius = self.value
        return 6.673e-11 * mass / (radius * radius)

print(Color.RED, repr(Color.GREEN), Color.BLUE.value, Color.BLUE.name)
print(list(Color), len(Color))
print(Color(2), Color["BLUE"], Color(2) is Color.GREEN)
print(Color.RED in Color, 1 in Color, Color.RED.is_warm(), Color.BLUE.is_warm())
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
for p in Planet:
    print(f"{p.name:<8} {p.surface_gravity():.2f}")
print(isinstance(Color.RED, Color), isinstance(Color.RED, Enum), type(Color).__name__)
counts = {}
for c in [Color.RED, Color.BLUE, Color.RED, Color(3)]:
    counts[c.name] = counts.get(c.name, 0) + 1
print(counts)
print(sorted(Color, key=lambda c: -c.value))
