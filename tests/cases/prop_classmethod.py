# @classmethod: alternate constructors, counters, polymorphic factories
class Date:
    created = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        type(self).created += 1
    @classmethod
    def from_string(cls, s):
        y, m, d = (int(p) for p in s.split("-"))
        return cls(y, m, d)
    @classmethod
    def from_tuple(cls, t):
        return cls(*t)
    @classmethod
    def epoch(cls):
        return cls(1970, 1, 1)
    def __repr__(self):
        return f"{type(self).__name__}({self.y:04d}-{self.m:02d}-{self.d:02d})"

class EuroDate(Date):
    @classmethod
    def from_string(cls, s):
        d, m, y = (int(p) for p in s.split("."))
        return cls(y, m, d)

print(Date.from_string("2024-02-29"), Date.from_tuple((1999, 12, 31)), Date.epoch())
print(EuroDate.from_string("14.07.1789"), EuroDate.epoch(), EuroDate.from_tuple((2000, 1, 2)))
print(Date.created, EuroDate.created)
d = Date(2020, 5, 5)
print(d.from_string("2001-01-01"), type(d.epoch()).__name__)
print(Date.created, EuroDate.created)

class Shape:
    _registry = {}
    count = 0
    @classmethod
    def register(cls, name):
        Shape._registry[name] = cls
        return cls
    @classmethod
    def create(cls, name, *args):
        return cls._registry[name](*args)
    @classmethod
    def describe(cls):
        return f"{cls.__name__} (count={cls.count})"
    def __init__(self):
        type(self).count += 1

class Circle(Shape):
    def __init__(self, r):
        super().__init__()
        self.r = r
class Square(Shape):
    def __init__(self, s):
        super().__init__()
        self.s = s
Circle.register("circle")
Square.register("square")
shapes = [Shape.create("circle", 1), Shape.create("square", 2), Circle.create("circle", 3)]
print([type(s).__name__ for s in shapes])
print(Shape.describe(), Circle.describe(), Square.describe())
m = Circle.describe
print(m(), m.__self__ is Circle, type(m).__name__)
print(type(Date.__dict__["epoch"]).__name__, Date.__dict__["epoch"].__func__.__name__)
