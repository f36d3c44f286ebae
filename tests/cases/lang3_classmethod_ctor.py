# classmethod alternative constructors, staticmethod, inheritance of both
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def from_string(cls, s):
        y, m, d = (int(p) for p in s.split("-"))
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls(2024, 1, 1)

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"

class EuroDate(Date):
    def __str__(self):
        return f"{self.d:02d}/{self.m:02d}/{self.y}"

print(Date.from_string("2023-07-14"), EuroDate.from_string("2020-02-29"))
print(str(EuroDate.today()), repr(EuroDate.today()))
print(Date.is_leap(2000), Date.is_leap(1900), EuroDate.is_leap(2024), Date(1, 1, 1).is_leap(3))
d = Date.today()
print(d.from_string("1999-12-31"), type(d.today()).__name__)
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_leap"]).__name__)
f = Date.from_string
print(f.__self__ is Date, f.__func__.__name__)

class Registry:
    items = {}
    @classmethod
    def register(cls, name):
        def deco(fn):
            cls.items[name] = fn
            return fn
        return deco

@Registry.register("double")
def double(x):
    return 2 * x
@Registry.register("square")
def square(x):
    return x * x
print(sorted(Registry.items), Registry.items["square"](7))

class Shape:
    count = 0
    def __init__(self):
        type(self).count += 1
    @classmethod
    def how_many(cls):
        return f"{cls.__name__}: {cls.count}"
class Circle(Shape):
    count = 0
class Square(Shape):
    pass
Circle(); Circle(); Square()
print(Shape.how_many(), Circle.how_many(), Square.how_many())
