# __mro__, __bases__, mro(), isinstance/issubclass with tuples
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()

print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
print([k.__name__ for k in D.__bases__], A.__bases__)
print(D().who())
print(isinstance(D(), (int, C)), issubclass(D, (str, B)), issubclass(A, D))
print(issubclass(bool, int), isinstance(True, int), issubclass(D, object))
print(type(D()) is D, D().__class__.__name__, type(D).__name__)

class Mixin:
    def describe(self):
        return f"{type(self).__name__} with {self.value()}"
class Base:
    def value(self):
        return 1
class Thing(Mixin, Base):
    pass
class Other(Thing):
    def value(self):
        return super().value() + 10
print(Thing().describe(), Other().describe())
print([k.__name__ for k in Other.__mro__])
for obj in [1, "s", [1], Thing(), None]:
    print(type(obj).__name__, isinstance(obj, (int, str)), isinstance(obj, object))
print(issubclass(Other, Mixin), issubclass(Mixin, Other))
try:
    issubclass(Other(), Mixin)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, 5)
except TypeError as e:
    print("TypeError:", e)
