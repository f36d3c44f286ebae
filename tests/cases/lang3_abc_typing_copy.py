# abc.ABC abstract methods and properties, typing annotations, copy hooks, operator helpers
import abc
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
    def describe(self): return f"{self.name}: {self.area():.1f}"
try: Shape()
except TypeError as e: print("TypeError:", e)
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    @property
    def name(self): return "square"
class Half(Shape):
    def area(self): return 1
try: Half()
except TypeError as e: print("TypeError:", e)
print(Sq(2).describe(), isinstance(Sq(1), Shape))
from typing import List, Dict, Optional, Union, Any, Callable, Tuple
def f(x: List[int], y: Optional[str] = None) -> Dict[str, Any]:
    return {"x": x, "y": y}
print(f([1]), f.__name__)
class Stack:
    def __init__(self) -> None:
        self.items: List[int] = []
    def push(self, item: int) -> "Stack":
        self.items.append(item); return self
print(Stack().push(1).push(2).items)
import copy
class P:
    def __init__(self): self.l = [1, [2]]
p = P(); q = copy.copy(p); r = copy.deepcopy(p)
p.l[1].append(3)
print(q.l, r.l, q is p, q.l is p.l)
class Ctr:
    def __init__(self): self.n = 0
    def __copy__(self):
        c = Ctr(); c.n = self.n + 100; return c
print(copy.copy(Ctr()).n)
import operator
class V:
    def __init__(self, v): self.v = v
print(sorted([V(3), V(1)], key=operator.attrgetter("v"))[0].v, operator.methodcaller("upper")("x"))
print(list(map(operator.itemgetter(1), [(1, 2), (3, 4)])))
