# Metaclasses that inspect and modify the class namespace
class AutoReprMeta(type):
    def __new__(mcls, name, bases, ns):
        fields = ns.get("fields", ())
        def __init__(self, *args):
            if len(args) != len(fields):
                raise TypeError(f"{name} expects {len(fields)} args, got {len(args)}")
            for f, a in zip(fields, args):
                setattr(self, f, a)
        def __repr__(self):
            return f"{name}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
        def __eq__(self, other):
            return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in fields)
        ns.setdefault("__init__", __init__)
        ns["__repr__"] = __repr__
        ns["__eq__"] = __eq__
        ns["__hash__"] = None
        ns["created_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)

class Point(metaclass=AutoReprMeta):
    fields = ("x", "y")
class Person(metaclass=AutoReprMeta):
    fields = ("name", "age", "email")
    def greeting(self):
        return f"Hi {self.name}"

p = Point(1, 2)
print(p, p == Point(1, 2), p == Point(2, 1), Point.created_by)
ann = Person("Ann", 30, "ann@example.com")
print(ann, ann.greeting())
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)

class UpperAttrs(type):
    def __new__(mcls, name, bases, ns):
        new_ns = {}
        for k, v in ns.items():
            if k.startswith("__"):
                new_ns[k] = v
            else:
                new_ns[k.upper()] = v
        return super().__new__(mcls, name, bases, new_ns)
class Consts(metaclass=UpperAttrs):
    pi = 3.14
    e = 2.72
    def hello(self):
        return "hello"
print(Consts.PI, Consts.E, Consts().HELLO(), hasattr(Consts, "pi"))

class MethodCounter(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.method_names = sorted(k for k, v in ns.items() if callable(v) and not k.startswith("__"))
class Service(metaclass=MethodCounter):
    def start(self): pass
    def stop(self): pass
    version = 2
class Sub(Service):
    def restart(self): pass
print(Service.method_names, Sub.method_names)
