# PEP 585 generic aliases (list[int], dict[str, ...]) in annotations and at run
# time; unions with them; subscripting non-generic classes.
import collections
print(type(list[int]), list[int].__name__, list[int](), list[int] == list[int], hash(list[int])==hash(list[int]), tuple[()], dict[str, list[int]] | None)
try: isinstance([], list[int])
except TypeError as e: print(e)
class L(list): pass
print(L[int], type[int], repr(list[int].__origin__), list[int].__args__, tuple[int, ...], list[int] != list[str])
print(set[frozenset[int]], dict[str, tuple[int, str]], list["Node"], list[None], type(int | list[int]).__name__)
class Plain: pass
try: Plain[int]
except TypeError as e: print(e)
def f(a: list[int], b: dict[str, list[int]] | None = None) -> tuple[int, ...]: pass
print(f.__annotations__)
print(collections.OrderedDict[str, int], collections.defaultdict[str, int], collections.Counter[str])
from typing import List, Optional, get_type_hints
print(List[list[int]], Optional[dict[str, int]])
def g(x: "list[int]") -> "dict[str, int] | None": pass
print(get_type_hints(g))
try: isinstance(3, int | list[int])
except TypeError as e: print(e)
print(collections.deque[int], collections.ChainMap[str, int], collections.deque[int]([1,2]))
