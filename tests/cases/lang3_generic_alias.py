# list[int], dict[str, int], tuple[()] and friends are types.GenericAlias objects
class MyList(list): pass
print(list[int], MyList[int], list[list[int]], tuple[()], dict[str, list[int]], type[int])
a = list[int]
print(a.__origin__, a.__args__, a == list[int], a != list[str], a([1,2]), type(a))
print(list[int] == list[int], hash(list[int]) == hash(list[int]))
def f(x: list[int]) -> dict[str, int]:
    return {}
print(f([]))
try:
    int[str]
except TypeError as e:
    print(e)
class P: pass
print(list[P], set[int], frozenset[str])
