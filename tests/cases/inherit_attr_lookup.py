# Attribute lookup through the MRO, overriding, and deleting overrides
class A:
    x = "A.x"
    y = "A.y"
    def f(self):
        return "A.f"
class B(A):
    x = "B.x"
class C(A):
    y = "C.y"
    def f(self):
        return "C.f"
class D(B, C):
    pass

d = D()
print(d.x, d.y, d.f())
print([k.__name__ for k in D.__mro__])
del B.x
print(d.x)
B.y = "B.y"
print(d.y)
del C.f
print(d.f())
d.f = lambda: "instance f"
print(d.f(), D.f(d))
A.z = "added to A later"
print(d.z, D.z, B.z)
class E(D):
    x = "E.x"
e = E()
print(e.x, e.y, e.z, e.f())
E.x = "E.x changed"
print(e.x, D.x)

# instance attributes shadow data in the class but methods are looked up the same way
class Base:
    greeting = "hi"
    def greet(self):
        return f"{self.greeting} from {type(self).__name__}"
class Child(Base):
    greeting = "hey"
c = Child()
print(c.greet(), Base().greet())
c.greeting = "yo"
print(c.greet())
print(Base.greet(c), super(Child, c).greet())
print(hasattr(Child, "greet"), "greet" in vars(Child), "greet" in vars(Base))
for name in ["greeting", "greet", "nothing"]:
    where = [k.__name__ for k in Child.__mro__ if name in vars(k)]
    print(name, where)
