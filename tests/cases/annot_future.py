# from __future__ import annotations: annotations are stored as source text
# and never evaluated.
from __future__ import annotations

import __future__
from dataclasses import dataclass, fields
from typing import List, Optional, get_type_hints


def f(a: int, b: Optional[str] = None, *args: tuple[int, ...], c: "quoted" = 1, **kw: dict[str, int]) -> list[Undefined]:
    return [a, b]


print(f.__annotations__)
print(f(1))


def g(x: a.b.c[1:2, ::3], y: (int, str), z: -1 + 2 * 3, w: lambda q: q, v: {1: 2, **d}, u: [int, ...] = 0) -> x if y else z:
    pass


for k, v in g.__annotations__.items():
    print(k, repr(v))


class Node:
    value: int
    next: Optional[Node] = None
    children: list[Node]

    def add(self, other: Node) -> Node:
        return other


print(Node.__annotations__, Node.add.__annotations__)
var: NotDefinedAnywhere = 3
print(__annotations__, var)


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: Optional[List[str]] = None


print(Item("x"), [(fl.name, fl.type) for fl in fields(Item)])
print(get_type_hints(Item))
print(__future__.annotations, __future__.annotations.compiler_flag, annotations is __future__.annotations)
