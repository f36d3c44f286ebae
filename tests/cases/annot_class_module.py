# Class-body and module-level annotations: __annotations__ dicts, names with
# and without values, inheritance, evaluation in class scope.
from typing import ClassVar, List

count: int = 0
label: str
scores: List[float] = [1.5, 2.5]
print(__annotations__)
print(count, scores, "label" in globals())


class Config:
    name: str
    debug: bool = False
    level: int = 3
    retries = 5
    alias: "Config"
    registry: ClassVar[dict] = {}
    Local = int
    value: Local = 7

    def method(self) -> None:
        local: int = 5
        unset: str
        return None


print(Config.__annotations__)
print(Config.debug, Config.level, Config.value, hasattr(Config, "name"), hasattr(Config, "alias"))
print(Config().method(), Config.method.__annotations__)


class Derived(Config):
    extra: float = 0.5


print(Derived.__annotations__, "name" in Derived.__annotations__)
print(Derived.__dict__.get("__annotations__"), "__annotations__" in vars(Derived))


class NoAnnotations:
    x = 1


print("__annotations__" in NoAnnotations.__dict__)


class Point:
    x: int
    y: int

    def __init__(self, x: int, y: int) -> None:
        self.x: int = x
        self.y = y


p = Point(1, 2)
print(p.x, p.y, Point.__annotations__, Point.__init__.__annotations__)

for i in range(3):
    last: int = i
if True:
    flag: bool = True
print(last, flag, __annotations__["last"], list(__annotations__))


class Counter:
    total: int = 0

    def add(self) -> int:
        Counter.total += 1
        return Counter.total


c = Counter()
c.add()
print(c.add(), Counter.__annotations__)


def with_target_annotations():
    obj = Point(0, 0)
    obj.x: int = 10
    data = {}
    data["k"]: str = "v"
    return obj.x, data


print(with_target_annotations())
print(sorted(k for k in __annotations__))
