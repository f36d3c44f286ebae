# StrEnum, the functional API, subclassing rules and a few error messages.
from enum import Enum, IntEnum, StrEnum, auto


class Method(StrEnum):
    GET = auto()
    POST = auto()
    CUSTOM = "X-Custom"


print(Method.GET, repr(Method.POST), f"{Method.CUSTOM}", Method.GET == "get", Method.GET.upper())
print(list(Method), Method("post"), "-".join(Method), Method.CUSTOM.lower(), len(Method.CUSTOM))
print(sorted(Method), isinstance(Method.GET, str), {"get": 1}[Method.GET])

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal(3)), Animal)
Level = IntEnum("Level", ["LOW", "HIGH"], start=10)
print(list(Level), Level.HIGH + 0, Level(11))
Pairs = Enum("Pairs", [("ONE", 1), ("TWO", 2)])
print(list(Pairs), Pairs["TWO"])
Mapped = Enum("Mapped", {"X": "x", "Y": "y"})
print(list(Mapped), Mapped("y"))


class Base(Enum):
    def describe(self):
        return f"{type(self).__name__}.{self.name}={self.value}"


class Fruit(Base):
    APPLE = 1
    PEAR = 2


print([f.describe() for f in Fruit])
try:
    class MoreFruit(Fruit):
        PLUM = 3
except TypeError as e:
    print("TypeError:", e)


class Code(Enum):
    A = 1


try:
    del Code.A
except AttributeError as e:
    print("AttributeError:", e)
print(Code.A.name, Code.A.value, Code._member_names_, Code._value2member_map_)
print(Code.__members__["A"], "A" in Code.__members__, len(Code.__members__))


class Empty(Enum):
    pass


print(list(Empty), len(Empty), bool(Empty), Empty)


class WithConst(Enum):
    RED = 1
    BLUE = 2

    @staticmethod
    def parse(s):
        return WithConst[s.upper()]


print(WithConst.parse("blue"), WithConst.RED.parse("red"))
