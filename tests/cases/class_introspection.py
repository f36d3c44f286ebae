# __name__, __qualname__, __module__, __bases__, type(), __class__
class Animal:
    class Meta:
        kind = "meta"

    def speak(self):
        return "..."

class Cat(Animal):
    def speak(self):
        return "meow"

class Kitten(Cat):
    pass

def make_local():
    class Local:
        def method(self):
            pass
    return Local

k = Kitten()
print(type(k).__name__, k.__class__.__name__, type(k) is Kitten, k.__class__ is Kitten)
print(Kitten.__name__, Kitten.__qualname__, Kitten.__module__)
print(Animal.Meta.__name__, Animal.Meta.__qualname__)
print(Cat.speak.__name__, Cat.speak.__qualname__)
print(Animal.Meta.kind)
L = make_local()
print(L.__name__, L.__qualname__)
print(L.method.__qualname__)
print([b.__name__ for b in Kitten.__bases__])
print([b.__name__ for b in Cat.__bases__])
print([b.__name__ for b in Animal.__bases__])
print([c.__name__ for c in Kitten.__mro__])
print(type(Kitten).__name__, type(type).__name__, type(object).__name__)
print(object.__bases__, type.__bases__[0].__name__)
print(k.speak(), Animal().speak())
print(type(k.speak).__name__, type(Cat.speak).__name__)
print(type(3).__name__, type("s").__name__, type(None).__name__, type([]).__name__)
print(type(type(k)()).__name__, type(k)().speak())
print(isinstance(type(k)(), Kitten))
print(Kitten.__doc__, Animal.speak.__doc__)
class Documented:
    """A class with a docstring."""
    def m(self):
        "method doc"
print(Documented.__doc__)
print(Documented.m.__doc__)
print(Documented().m.__doc__)
for obj in [1, 2.5, "x", [1], (1,), {1: 2}, {1}, None, True, k, Kitten, len]:
    print(type(obj).__name__, end=" ")
print()
