class Animal:
    sound = "..."
    count = 0

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    def speak(self):
        return f"{self.name} says {self.sound}"

    def __str__(self):
        return f"{type(self).__name__}({self.name})"

    @classmethod
    def create(cls, name):
        return cls(name)

    @staticmethod
    def kingdom():
        return "Animalia"


class Dog(Animal):
    sound = "woof"

    def speak(self):
        return super().speak() + "!"


class Puppy(Dog):
    def speak(self):
        base = super().speak()
        return base.replace("woof", "yip")


class Cat(Animal):
    sound = "meow"

    def __init__(self, name, indoor=True):
        super().__init__(name)
        self.indoor = indoor


pets = [Dog("rex"), Puppy.create("bit"), Cat("tom", indoor=False), Animal("gen")]
for p in pets:
    print(p, p.speak(), isinstance(p, Dog), type(p).__mro__[0].__name__)
print(Animal.count, Cat.kingdom(), Puppy.__mro__, Puppy.__bases__, Dog.__subclasses__())


class A:
    def who(self):
        return ["A"]


class B(A):
    def who(self):
        return ["B"] + super().who()


class C(A):
    def who(self):
        return ["C"] + super().who()


class D(B, C):
    def who(self):
        return ["D"] + super().who()


print(D().who(), [k.__name__ for k in D.__mro__])
print(super(B, D()).who(), hasattr(D, "who"), getattr(D(), "nope", None))
try:
    class X(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)


class Base:
    def __init__(self, **kw):
        self.extra = kw

    def __repr__(self):
        attrs = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))
        return f"{type(self).__name__}({attrs})"


class Mixin:
    def to_dict(self):
        return dict(vars(self))


class Model(Mixin, Base):
    def __init__(self, ident, **kw):
        super().__init__(**kw)
        self.ident = ident


m = Model(7, color="red")
print(m, m.to_dict(), Model.__mro__[1].__name__)
print(issubclass(bool, int), issubclass(Model, (Mixin, int)), isinstance(True, int), type(m).__qualname__)
