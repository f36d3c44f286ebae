# Template-method pattern with NotImplementedError in the base class
class Shape:
    name = "shape"
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
    def perimeter(self):
        raise NotImplementedError
    def summary(self):
        try:
            return f"{self.name}: area={self.area():.2f} perimeter={self.perimeter():.2f}"
        except NotImplementedError as e:
            return f"{self.name}: incomplete ({e!r})"

class Rect(Shape):
    name = "rect"
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rect):
    name = "square"
    def __init__(self, s):
        super().__init__(s, s)

class Circle(Shape):
    name = "circle"
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2

class Triangle(Shape):
    name = "triangle"
    def __init__(self, a, b, c):
        self.sides = (a, b, c)
    def perimeter(self):
        return sum(self.sides)
    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return (s * (s - a) * (s - b) * (s - c)) ** 0.5

shapes = [Rect(3, 4), Square(2.5), Circle(1), Triangle(3, 4, 5), Shape()]
for s in shapes:
    print(s.summary())
total = 0
for s in shapes:
    try:
        total += s.area()
    except NotImplementedError as e:
        print("skip:", e)
print(f"total area {total:.3f}")
print(issubclass(NotImplementedError, RuntimeError), NotImplemented is not NotImplementedError)
largest = max((s for s in shapes if type(s) is not Shape), key=lambda s: s.area())
print("largest", largest.name)
by_name = sorted(shapes, key=lambda s: s.name)
print([s.name for s in by_name])
