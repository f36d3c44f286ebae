import shapes
from shapes.base import Shape

items = [shapes.make("square", 3), shapes.make("circle", 1), shapes.make("square", 1.5)]
print(sorted(items))
print(sorted(shapes.registry), shapes.circle.Circle.kind)
print(items[0].inscribed(), isinstance(items[1], Shape))

class Triangle(Shape, kind="triangle"):
    def __init__(self, b, h):
        self.b, self.h = b, h
    def area(self):
        return self.b * self.h / 2

print(shapes.make("triangle", 4, 5), sorted(shapes.registry))

class Broken(Shape, kind="broken"):
    pass
try:
    Broken().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(__name__, shapes.__name__, shapes.base.__name__)
