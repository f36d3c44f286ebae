# super(): explicit two-arg form, in classmethods, properties, __init__ chains, diamond
class Base:
    def __init__(self):
        self.trail = ["Base"]
    def hello(self):
        return "Base.hello"
    @classmethod
    def create(cls):
        return f"Base.create for {cls.__name__}"
    @property
    def label(self):
        return "base-label"

class Left(Base):
    def __init__(self):
        super().__init__()
        self.trail.append("Left")
    def hello(self):
        return "Left>" + super().hello()

class Right(Base):
    def __init__(self):
        super().__init__()
        self.trail.append("Right")
    def hello(self):
        return "Right>" + super().hello()
    @classmethod
    def create(cls):
        return "Right>" + super().create()

class Child(Left, Right):
    def __init__(self):
        super().__init__()
        self.trail.append("Child")
    def hello(self):
        return "Child>" + super().hello()
    @property
    def label(self):
        return "child+" + super().label
    def skip(self):
        return super(Left, self).hello()

c = Child()
print(c.trail, c.hello(), Child.create(), c.label, c.skip())
print(super(Child, c).hello(), super(Right, c).hello())
print(type(super(Child, c)).__name__)

class Sized:
    def __len__(self):
        return 3
class MoreSized(Sized):
    def __len__(self):
        return super().__len__() * 10
print(len(MoreSized()))

class Reprable:
    def __repr__(self):
        return "R(" + super().__repr__()[:9] + ")"
print(repr(Reprable()))

class MyList(list):
    def append(self, x):
        super().append(x * 2)
ml = MyList()
ml.append(1); ml.append(5)
print(ml)

class MyDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v + 1)
md = MyDict()
md["a"] = 1
print(md)

class Greeter:
    def greet(self, name):
        return f"hello {name}"
class Loud(Greeter):
    def greet(self, name):
        base = super().greet
        return base(name).upper()
print(Loud().greet("bob"))

def outside(self):
    return "outside"
class Late(Greeter):
    pass
Late.extra = outside
print(Late().extra(), Late().greet("x"))

class Inner:
    def run(self):
        def helper():
            return super(Inner, self).__str__()[:7]
        return helper()
print(Inner().run())
try:
    super()
except RuntimeError as e:
    print("RuntimeError:", e)
