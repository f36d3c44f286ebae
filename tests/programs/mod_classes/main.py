# classes defined in modules: subclassing across modules, isinstance, __module__
import shapes
from shapes import Circle, largest
from extra import Rect, Cube

items = [Circle(1), shapes.Square(3), Rect(2, 5), Cube(2)]
print(items)
print(largest(items), shapes.Shape.count)
for obj in items:
    cls = type(obj)
    print(f"{cls.__name__:<7} module={cls.__module__:<7} bases={[b.__name__ for b in cls.__bases__]}",
          isinstance(obj, shapes.Shape), isinstance(obj, shapes.Square))
print(Cube(3).volume(), [k.__name__ for k in Cube.__mro__])
print(shapes.Circle is Circle, repr(Circle), repr(Cube))


class Local(shapes.Shape):
    def area(self):
        return 0.5
print(Local(), Local.__module__, shapes.Shape.count)
