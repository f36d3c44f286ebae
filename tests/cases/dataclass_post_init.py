# __post_init__, InitVar, ClassVar and fields with init=False / repr=False.
from dataclasses import dataclass, field, fields, InitVar
from typing import ClassVar, List


@dataclass
class Rect:
    width: float
    height: float
    area: float = field(init=False)
    unit: str = field(default="cm", repr=False)

    def __post_init__(self):
        if self.width < 0 or self.height < 0:
            raise ValueError("negative size")
        self.area = self.width * self.height


r = Rect(2, 3)
print(r, r.area, r.unit)
print(Rect(1.5, 2, "m"))
try:
    Rect(-1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    Rect(1, 2, area=5)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Account:
    owner: str
    counter: ClassVar[int] = 0
    history: List[int] = field(default_factory=list)
    opening: InitVar[int] = 0

    def __post_init__(self, opening):
        Account.counter += 1
        self.id = Account.counter
        if opening:
            self.history.append(opening)


a = Account("ann")
b = Account("bob", opening=100)
print(a, b, a.id, b.id, Account.counter)
print([f.name for f in fields(Account)])
print(Account.__dataclass_fields__["counter"]._field_type, Account.__dataclass_fields__["opening"]._field_type)
print(Account.opening, hasattr(b, "opening") and b.opening)
print(InitVar[int], InitVar[List[int]])


@dataclass
class Temperature:
    celsius: float
    scale: InitVar[str] = "C"

    def __post_init__(self, scale):
        if scale == "F":
            self.celsius = round((self.celsius - 32) * 5 / 9, 2)


print(Temperature(212, "F"), Temperature(20), Temperature(98.6, scale="F"))


@dataclass
class Counter:
    start: int = 0
    count: int = field(init=False, default=0)
    log: list = field(init=False, default_factory=list, repr=False, compare=False)

    def tick(self):
        self.count += 1
        self.log.append(self.count)
        return self


c = Counter(5).tick().tick()
print(c, c.log, c == Counter(5), Counter(5).tick().tick() == c)
print(Counter.count)


@dataclass
class Plain:
    x: int
    y: ClassVar[str] = "shared"


print(Plain(1), Plain.y, Plain.__match_args__)
