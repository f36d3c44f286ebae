# Abstract-style base with NotImplementedError, polymorphism, __eq__/__hash__/ordering via a key, class-level counters per subclass
import math

class Shape:
    _registry = {}

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Shape._registry[cls.__name__.lower()] = cls
        cls.created = 0

    def __init__(self):
        type(self).created += 1

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")

    def perimeter(self):
        raise NotImplementedError

    def _key(self):
        return (type(self).__name__, round(self.area(), 6))

    def __eq__(self, other):
        return isinstance(other, Shape) and self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def __lt__(self, other):
        return self.area() < other.area()

    def __repr__(self):
        fields = ", ".join(f"{k}={v}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"

    @classmethod
    def create(cls, kind, *args):
        try:
            return cls._registry[kind](*args)
        except KeyError:
            raise ValueError(f"unknown shape {kind!r}") from None

class Circle(Shape):
    def __init__(self, r):
        super().__init__()
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__()
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)

class Blob(Shape):
    pass

shapes = [Shape.create("circle", 1), Shape.create("rect", 2, 3), Shape.create("square", 2), Rect(2, 2), Square(2)]
for s in sorted(shapes):
    print(f"{s!r:<24} area={s.area():7.3f} perimeter={s.perimeter():7.3f}")
print(len(set(shapes)), Square(2) == Rect(2, 2), Square(2) == Square(2), shapes.count(Square(2)))
print(Circle.created, Rect.created, Square.created, sorted(Shape._registry))
try:
    Shape.create("hexagon")
except ValueError as e:
    print("ValueError:", e, e.__cause__, e.__suppress_context__)
try:
    Blob().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    Blob().perimeter()
except NotImplementedError as e:
    print("NotImplementedError:", repr(e))
print(max(shapes), min(shapes, key=lambda s: s.perimeter()))
print(isinstance(Square(1), Rect), issubclass(Square, Shape), Square.__mro__[1].__name__)
