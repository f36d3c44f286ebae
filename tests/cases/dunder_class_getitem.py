# __class_getitem__ and generic-looking classes
class TypedBox:
    def __class_getitem__(cls, item):
        name = item.__name__ if isinstance(item, type) else repr(item)
        return f"{cls.__name__}[{name}]"

print(TypedBox[int], TypedBox[str], TypedBox["x"], TypedBox[(int, str)])

class Registry:
    _types = {}
    def __class_getitem__(cls, key):
        if key not in cls._types:
            cls._types[key] = type(f"{cls.__name__}_{key.__name__}", (cls,), {"item_type": key})
        return cls._types[key]
    def __init__(self, *items):
        for it in items:
            if not isinstance(it, self.item_type):
                raise TypeError(f"{type(self).__name__} got {type(it).__name__}")
        self.items = list(items)

IntReg = Registry[int]
print(IntReg.__name__, IntReg is Registry[int], IntReg.item_type.__name__)
r = IntReg(1, 2, 3)
print(r.items, isinstance(r, Registry))
try:
    Registry[str]("a", 1)
except TypeError as e:
    print("TypeError:", e)
print(sorted(k.__name__ for k in Registry._types))

print(list[int], dict[str, int], tuple[int, ...])

class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print("TypeError:", e)
class Meta(type):
    def __getitem__(cls, item):
        return f"Meta getitem {cls.__name__}[{item}]"
class WithMeta(metaclass=Meta):
    pass
print(WithMeta[5], WithMeta["k"])
