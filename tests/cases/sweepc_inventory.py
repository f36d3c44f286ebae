from dataclasses import dataclass, field, asdict, replace, astuple
from typing import List, Optional
import json


@dataclass(order=True)
class Item:
    sort_key: float = field(init=False, repr=False)
    name: str
    price: float
    qty: int = 0
    tags: List[str] = field(default_factory=list)

    def __post_init__(self):
        self.sort_key = self.price * self.qty

    @property
    def value(self):
        return round(self.price * self.qty, 2)


@dataclass(frozen=True)
class Location:
    aisle: int
    shelf: str = "A"


@dataclass
class Inventory:
    items: List[Item] = field(default_factory=list)
    location: Optional[Location] = None

    def add(self, item):
        self.items.append(item)

    def total(self):
        return sum(i.value for i in self.items)

    def by_tag(self, tag):
        return [i.name for i in self.items if tag in i.tags]


inv = Inventory(location=Location(3))
inv.add(Item("widget", 2.5, 10, ["metal"]))
inv.add(Item("gadget", 12.99, 3, ["plastic", "sale"]))
inv.add(Item("doohickey", 0.75, 120, ["metal", "sale"]))
print(inv.location)
print(inv.items[0])
print(f"total: {inv.total():.2f}")
print(inv.by_tag("sale"), inv.by_tag("wood"))
print([i.name for i in sorted(inv.items)])
print(max(inv.items).name)
d = asdict(inv)
print(json.dumps(d, sort_keys=True))
print(astuple(inv.items[1]))
cheap = replace(inv.items[1], price=9.99)
print(cheap, cheap.sort_key)
try:
    inv.location.aisle = 4
except Exception as e:
    print(type(e).__name__, e)
print(Location(1) == Location(1, "A"), hash(Location(2)) == hash(Location(2)))
print({Location(1), Location(1), Location(2, "B")} == {Location(1), Location(2, "B")})
print(Item.__dataclass_fields__.keys())
