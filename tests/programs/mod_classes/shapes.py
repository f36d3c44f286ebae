import math

class Shape:
    count = 0
    def __init__(self):
        Shape.count += 1
    def area(self):
        raise NotImplementedError
    def __repr__(self):
        return f"{type(self).__name__}(area={self.area():.2f})"

class Circle(Shape):
    def __init__(self, r):
        super().__init__()
        self.r = r
    def area(self):
        return math.pi * self.r ** 2

class Square(Shape):
    def __init__(self, s):
        super().__init__()
        self.s = s
    def area(self):
        return self.s * self.s

def largest(shapes):
    return max(shapes, key=lambda s: s.area())
