# Metaclass __prepare__ returning custom mappings; type.__new__ argument checks
class OrderedNS(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        self.order.append(k)
        super().__setitem__(k, v)
class M(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return OrderedNS()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns.order if not k.startswith('__')]
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class A(metaclass=M, flag=1):
    z = 1
    a = 2
    def m(self): pass
    z = 3
print(A.order, A.z)
class NoDup(dict):
    def __setitem__(self, k, v):
        if k in self:
            raise TypeError(f"duplicate {k}")
        super().__setitem__(k, v)
class M2(type):
    def __prepare__(name, bases):
        return NoDup()
try:
    class B(metaclass=M2):
        x = 1
        x = 2
except TypeError as e:
    print(e)
try:
    type(1, (), {})
except TypeError as e:
    print(e)
try:
    type("X", [], {})
except TypeError as e:
    print(e)
print(type.__prepare__("X", ()))
