# Class hierarchy with __init_subclass__ registry, class methods as factories, __eq__/__hash__, __repr__ via reprlib-like helper
class Animal:
    registry = {}
    sound = "..."
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Animal.registry[cls.__name__.lower()] = cls
    def __init__(self, name, age=0):
        self.name, self.age = name, age
    @classmethod
    def create(cls, kind, *args):
        try:
            return cls.registry[kind](*args)
        except KeyError:
            raise ValueError(f"unknown animal kind: {kind!r}") from None
    def speak(self):
        return f"{self.name} the {type(self).__name__.lower()} says {self.sound}"
    def __repr__(self):
        attrs = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({attrs})"
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
    def __hash__(self):
        return hash((type(self).__name__, self.name))
class Dog(Animal):
    sound = "woof"
class Cat(Animal):
    sound = "meow"
    def speak(self):
        return super().speak() + " (ignores you)"
class Puppy(Dog):
    sound = "yip"
    def __init__(self, name):
        super().__init__(name, age=0)
        self.toys = []
zoo = [Animal.create(k, n) for k, n in [("dog", "rex"), ("cat", "tom"), ("puppy", "bit")]]
for a in zoo:
    print(a.speak(), "|", repr(a))
print(sorted(Animal.registry), Puppy.__mro__[1].__name__, issubclass(Puppy, Animal))
print(Dog("a") == Dog("a"), Dog("a") == Cat("a"), len({Dog("a"), Dog("a"), Cat("a")}))
try:
    Animal.create("bird", "tweety")
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__)
print(getattr(zoo[2], "toys"), Puppy("x").age, hasattr(Cat, "create"), Cat.create("dog", "d").sound)
