# isinstance / issubclass with user classes and tuples
class Shape: pass
class Polygon(Shape): pass
class Triangle(Polygon): pass
class Square(Polygon): pass
class Circle(Shape): pass
class Unrelated: pass

objs = [Shape(), Polygon(), Triangle(), Square(), Circle(), Unrelated()]
classes = [Shape, Polygon, Triangle, Square, Circle, Unrelated, object]
print("        " + " ".join(f"{c.__name__[:6]:>6}" for c in classes))
for o in objs:
    row = " ".join(f"{str(isinstance(o, c)):>6}" for c in classes)
    print(f"{type(o).__name__:<8}{row}")
print()
for a in classes:
    row = " ".join(f"{str(issubclass(a, c)):>6}" for c in classes)
    print(f"{a.__name__:<8}{row}")

print(isinstance(Triangle(), (Circle, Square)), isinstance(Triangle(), (Circle, Polygon)))
print(issubclass(Square, (Unrelated, Triangle)), issubclass(Square, (Unrelated, (Shape,))))
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int))
print(isinstance(Shape, type), isinstance(Shape(), type), isinstance(type, object))
print(issubclass(type, object), issubclass(object, type))
try:
    issubclass(Shape(), Shape)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(Shape(), "Shape")
except TypeError as e:
    print("TypeError:", e)

def describe(x):
    if isinstance(x, (int, float)) and not isinstance(x, bool):
        return "number"
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, Polygon):
        return "polygon " + type(x).__name__
    if isinstance(x, Shape):
        return "shape " + type(x).__name__
    return "other " + type(x).__name__
for x in [1, 2.0, True, Square(), Circle(), "s", Unrelated()]:
    print(describe(x))
counts = {}
for o in objs * 2:
    for c in classes:
        if isinstance(o, c):
            counts[c.__name__] = counts.get(c.__name__, 0) + 1
print(counts)
