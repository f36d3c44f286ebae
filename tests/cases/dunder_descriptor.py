# Descriptors: __get__, __set__, __delete__, __set_name__
class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
    def __set_name__(self, owner, name):
        print(f"  __set_name__({owner.__name__}, {name!r})")
        self.name = name
        self.storage = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.storage, value)
    def __delete__(self, obj):
        print(f"  deleting {self.name}")
        delattr(obj, self.storage)

print("defining Item")
class Item:
    name = Typed(str, "unnamed")
    qty = Typed(int, 0)
    price = Typed(float, 0.0)
    def __init__(self, name, qty, price):
        self.name = name
        self.qty = qty
        self.price = price
    def total(self):
        return self.qty * self.price

it = Item("pen", 3, 1.5)
print(it.name, it.qty, it.price, it.total())
print(sorted(vars(it).items()))
try:
    it.qty = "many"
except TypeError as e:
    print("TypeError:", e)
del it.qty
print(it.qty, sorted(vars(it)))
print(type(Item.name).__name__, Item.name.name, Item.qty.storage)

class Constant:
    """Non-data descriptor: only __get__, instance dict can shadow it."""
    def __init__(self, value):
        self.value = value
    def __get__(self, obj, objtype=None):
        return self.value * 2 if obj is not None else self.value
class Holder:
    c = Constant(21)
h = Holder()
print(h.c, Holder.c)
h.__dict__["c"] = "shadowed"
print(h.c)

class Counted:
    def __init__(self):
        self.reads = 0
    def __get__(self, obj, objtype=None):
        self.reads += 1
        return self.reads
class Widget:
    hits = Counted()
w = Widget()
print(w.hits, w.hits, Widget.hits, Widget.__dict__["hits"].reads)

class Method:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        def bound(*args):
            return self.fn(obj, *args)
        return bound
class UsesMethod:
    def __init__(self, v):
        self.v = v
    @Method
    def add(self, n):
        return self.v + n
print(UsesMethod(10).add(5), type(UsesMethod.add).__name__)
