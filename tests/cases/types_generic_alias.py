# Subscripting generic builtin and standard library classes gives types.GenericAlias.
from collections import defaultdict, OrderedDict, deque, Counter
import typing
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], set[bytes], type[int], frozenset[str])
a = list[int]
print(a([1, 2]), a.__origin__, a.__args__, a == list[int], a != list[str], a.__name__, hash(a) == hash(list[int]))
class MyList(list):
    pass
print(MyList[int], defaultdict[str, int], OrderedDict[str, int], deque[int], Counter[str])
def f(x: list[int], y: dict[str, "X"]) -> tuple[int, ...]:
    return x
print(f([1], {}))
print(typing.List[int] if hasattr(typing, "List") else "")
class Plain:
    pass
for bad in [lambda: Plain[int], lambda: int[str]]:
    try:
        print(bad())
    except TypeError as e:
        print(e)
