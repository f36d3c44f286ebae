# super() in ordinary methods, classmethods, staticmethod access, properties
class Logger:
    def __init__(self):
        self.lines = []
    def log(self, msg):
        self.lines.append(msg)
        return len(self.lines)

class TimestampLogger(Logger):
    def __init__(self):
        super().__init__()
        self.tick = 0
    def log(self, msg):
        self.tick += 1
        return super().log(f"[{self.tick}] {msg}")

class UpperLogger(TimestampLogger):
    def log(self, msg):
        return super().log(msg.upper())

u = UpperLogger()
print(u.log("start"), u.log("middle"), u.log("end"))
print(u.lines)

class Base:
    registry = []
    @classmethod
    def create(cls, *args):
        obj = cls(*args)
        cls.registry.append(cls.__name__)
        return obj
    @staticmethod
    def helper(x):
        return x * 2
    @property
    def label(self):
        return "base"

class Derived(Base):
    def __init__(self, v=0):
        self.v = v
    @classmethod
    def create(cls, *args):
        print("  Derived.create for", cls.__name__)
        return super().create(*args)
    def use_helper(self):
        return super().helper(self.v)
    @property
    def label(self):
        return "derived<" + super().label + ">"

class MoreDerived(Derived):
    pass

d = Derived.create(5)
m = MoreDerived.create(7)
print(Base.registry, d.v, m.v)
print(d.use_helper(), m.use_helper(), d.label, m.label)

# super() inside a comprehension / nested function in a method needs explicit form
class Walker(Derived):
    def labels(self):
        parent = super()
        return [parent.label + str(i) for i in range(2)]
    def explicit(self):
        return super(Derived, self).label
print(Walker(1).labels(), Walker(1).explicit())

# super() outside method errors
try:
    def not_a_method():
        return super()
    not_a_method()
except RuntimeError as e:
    print("RuntimeError:", e)
