# Cooperative multiple inheritance with **kwargs and zero-arg super()
class Root:
    def __init__(self, **kwargs):
        print(f"  Root leftover kwargs: {sorted(kwargs)}")
        super().__init__(**kwargs)

class Named(Root):
    def __init__(self, name, **kwargs):
        print(f"  Named name={name}")
        self.name = name
        super().__init__(**kwargs)

class Aged(Root):
    def __init__(self, age=0, **kwargs):
        print(f"  Aged age={age}")
        self.age = age
        super().__init__(**kwargs)

class Tagged(Root):
    def __init__(self, tags=(), **kwargs):
        print(f"  Tagged tags={list(tags)}")
        self.tags = list(tags)
        super().__init__(**kwargs)

class Person(Named, Aged, Tagged):
    def __init__(self, **kwargs):
        print("  Person start")
        super().__init__(**kwargs)
        print("  Person end")

print([k.__name__ for k in Person.__mro__])
p = Person(name="Ann", age=33, tags=["x", "y"])
print(sorted(vars(p).items()))
q = Person(name="Bo")
print(sorted(vars(q).items()))
try:
    Person(name="Cy", colour="red")
except TypeError as e:
    print("TypeError:", e)
try:
    Person(age=3)
except TypeError as e:
    print("TypeError:", e)

class Shape:
    def __init__(self, *, sides, **kw):
        self.sides = sides
        super().__init__(**kw)
    def info(self):
        return [f"sides={self.sides}"]
class Colored:
    def __init__(self, *, color="none", **kw):
        self.color = color
        super().__init__(**kw)
    def info(self):
        parent = getattr(super(), "info", None)
        return [f"color={self.color}"] + (parent() if parent else [])
class ColoredSquare(Colored, Shape):
    def __init__(self, **kw):
        super().__init__(sides=4, **kw)
    def info(self):
        return ["ColoredSquare"] + super().info()
cs = ColoredSquare(color="red")
print(cs.info())
class ShapeFirst(Shape, Colored):
    pass
print(ShapeFirst(sides=3, color="blue").info())
