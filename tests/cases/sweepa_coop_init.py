# Cooperative multiple inheritance: **kwargs through super().__init__, mixins, MRO checks.
class Base:
    def __init__(self, **kw):
        if kw:
            print("leftover", sorted(kw))
        super().__init__()
        print("Base init")


class Named(Base):
    def __init__(self, name="anon", **kw):
        self.name = name
        print("Named init", name)
        super().__init__(**kw)


class Aged(Base):
    def __init__(self, age=0, **kw):
        self.age = age
        print("Aged init", age)
        super().__init__(**kw)


class Person(Named, Aged):
    def __init__(self, **kw):
        print("Person init")
        super().__init__(**kw)


p = Person(name="ann", age=30)
print(p.name, p.age, [c.__name__ for c in Person.__mro__])
q = Person(extra=1)
print(q.name, q.age)


class JsonMixin:
    def to_json(self):
        items = ", ".join(f'"{k}": {v!r}' for k, v in sorted(vars(self).items()))
        return "{" + items + "}"


class ReprMixin:
    def __repr__(self):
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in vars(self).items())})"


class Record(JsonMixin, ReprMixin, Named):
    pass


r = Record(name="rec")
print(r, r.to_json(), isinstance(r, JsonMixin), Record.__mro__[1:3])


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


class E(C, B):
    pass


print(D().who(), E().who(), [k.__name__ for k in E.__mro__])
print(super(C, D()).who(), super(B, D()).who())
try:
    type("Bad", (B, D), {})
except TypeError as e:
    print("TypeError:", e)


class Root:
    def ping(self):
        return ["Root"]


class Left(Root):
    def ping(self):
        return ["Left"] + super().ping()


class Right(Root):
    def ping(self):
        return ["Right"] + super().ping()


class Bottom(Left, Right):
    def ping(self):
        return ["Bottom"] + super().ping()


print(Bottom().ping(), Left().ping(), issubclass(Bottom, (Right, int)))
