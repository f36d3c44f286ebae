# Geometry with an abstract base, polymorphism, comparisons and class-level registry
import math

class Shape:
    registry = {}
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Shape.registry[cls.__name__.lower()] = cls
    def area(self):
        raise NotImplementedError(type(self).__name__ + ".area")
    def perimeter(self):
        raise NotImplementedError(type(self).__name__ + ".perimeter")
    def scale(self, k):
        raise NotImplementedError
    def __lt__(self, other):
        return self.area() < other.area()
    def __eq__(self, other):
        return type(self) is type(other) and math.isclose(self.area(), other.area())
    __hash__ = None
    def __str__(self):
        return f"{type(self).__name__:<9} area={self.area():8.3f} perimeter={self.perimeter():7.3f}"
    @classmethod
    def create(cls, spec):
        name, *args = spec.split()
        try:
            kind = cls.registry[name]
        except KeyError:
            raise ValueError(f"unknown shape {name!r}") from None
        return kind(*map(float, args))

class Circle(Shape):
    def __init__(self, r):
        if r <= 0:
            raise ValueError("radius must be positive")
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r
    def scale(self, k):
        return Circle(self.r * k)
    def __repr__(self):
        return f"Circle({self.r:g})"

class Rectangle(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
    def scale(self, k):
        return type(self)(*(v * k for v in self._dims()))
    def _dims(self):
        return (self.w, self.h)
    def __repr__(self):
        return f"Rectangle({self.w:g}, {self.h:g})"

class Square(Rectangle):
    def __init__(self, s):
        super().__init__(s, s)
    def _dims(self):
        return (self.w,)
    def __repr__(self):
        return f"Square({self.w:g})"

class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"sides {a:g}, {b:g}, {c:g} violate the triangle inequality")
        self.sides = (a, b, c)
    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))
    def perimeter(self):
        return sum(self.sides)
    def scale(self, k):
        return Triangle(*(x * k for x in self.sides))
    def __repr__(self):
        return "Triangle(" + ", ".join(f"{x:g}" for x in self.sides) + ")"

specs = ["circle 1", "square 2", "rectangle 2 3.5", "triangle 3 4 5", "circle -1",
         "triangle 1 2 5", "hexagon 2", "square 1.5", "rectangle 1.5 1.5"]
shapes = []
for spec in specs:
    try:
        shapes.append(Shape.create(spec))
    except ValueError as e:
        print(f"{spec!r}: {e}")
for s in shapes:
    print(s)
print(sorted(shapes))
print("largest:", max(shapes), "smallest:", min(shapes))
print("total area:", round(sum(s.area() for s in shapes), 4))
print([s.scale(2) for s in shapes])
print(Square(2) == Square(2.0), Square(1.5) == Rectangle(1.5, 1.5), Rectangle(2, 8) == Rectangle(4, 4))
print(isinstance(shapes[1], Rectangle), sorted(Shape.registry))
by_type = {}
for s in shapes:
    by_type.setdefault(type(s).__name__, []).append(round(s.area(), 2))
print(by_type)
try:
    Shape().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
