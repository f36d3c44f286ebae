# Properties under inheritance: overriding getter, extending setter
class Base:
    def __init__(self):
        self._size = 1
    @property
    def size(self):
        return self._size
    @size.setter
    def size(self, v):
        print(f"  Base setter {v}")
        self._size = v
    @property
    def label(self):
        return f"base size {self.size}"

class Doubled(Base):
    @property
    def size(self):
        return super().size * 2
    @size.setter
    def size(self, v):
        print(f"  Doubled setter {v}")
        Base.size.fset(self, v)

class Labeled(Base):
    @property
    def label(self):
        return "labeled/" + super().label

class ExtendSetter(Base):
    @Base.size.setter
    def size(self, v):
        print(f"  ExtendSetter setter {v}")
        self._size = max(0, v)

b, d, l, e = Base(), Doubled(), Labeled(), ExtendSetter()
for obj in (b, d, l, e):
    obj.size = 5
    print(type(obj).__name__, obj.size, obj.label)
e.size = -3
print(e.size)
print(Base.size is Doubled.size, Base.size.fget is ExtendSetter.size.fget)

class ReadOnlyChild(Base):
    @property
    def size(self):
        return 99
r = ReadOnlyChild()
print(r.size)
try:
    r.size = 3
except AttributeError as e:
    print("AttributeError:", e)

class PlainAttr(Base):
    size = 7
p = PlainAttr()
print(p.size, p._size)
