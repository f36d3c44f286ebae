# Exceptions raised inside special methods (__repr__, __eq__, __hash__, __next__, __len__, __enter__, __lt__, __bool__, __format__) propagate
# exceptions in special methods propagate; errors inside __repr__ when printing containers; __del__ not required
class BadRepr:
    def __repr__(self):
        raise RuntimeError("repr exploded")
try:
    print([1, BadRepr()])
except RuntimeError as e:
    print("RuntimeError:", e)
class BadEq:
    def __eq__(self, o):
        raise ValueError("cannot compare")
try:
    BadEq() in [1, 2]
except ValueError as e:
    print("ValueError:", e)
class BadHash:
    def __hash__(self):
        raise TypeError("no hashing today")
try:
    {BadHash(): 1}
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return self
    def __next__(self):
        raise KeyError("during iteration")
try:
    for x in BadIter():
        pass
except KeyError as e:
    print("KeyError:", e)
class BadLen:
    def __len__(self):
        return "many"
try:
    len(BadLen())
except TypeError as e:
    print("TypeError:", e)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
class BadGetattr:
    def __getattr__(self, n):
        raise KeyError(n)
try:
    BadGetattr().foo
except KeyError as e:
    print("KeyError:", e)
print(hasattr(BadGetattr(), "__class__"))
try:
    hasattr(BadGetattr(), "foo")
except KeyError as e:
    print("hasattr propagates KeyError:", e)
class BadEnter:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with BadEnter():
        print("body should not run")
except OSError as e:
    print("OSError:", e)
class SortKey:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 3: raise ArithmeticError("bad compare")
        return self.v < o.v
try:
    sorted([SortKey(1), SortKey(3), SortKey(2)])
except ArithmeticError as e:
    print("ArithmeticError:", e)
class BadBool:
    def __bool__(self): raise ValueError("no truth")
try:
    if BadBool(): pass
except ValueError as e:
    print("ValueError:", e)
try:
    print(not BadBool())
except ValueError as e:
    print("ValueError:", e)
class BadFormat:
    def __format__(self, spec): raise IndexError("format " + spec)
try:
    f"{BadFormat():xy}"
except IndexError as e:
    print("IndexError:", e)
