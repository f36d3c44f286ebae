# Errors from misbehaving dunder methods and invalid operations.
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(e)
try:
    sorted([{}, {}])
except TypeError as e:
    print(e)
try:
    max([1, None])
except TypeError as e:
    print(e)
l = [3, 1, 2]
def key(v):
    if v == 2:
        raise KeyError("bad key")
    return v
try:
    l.sort(key=key)
except KeyError as e:
    print("KeyError", e, l)
l = [5, 4, 3]
def mutate(v):
    l.append(1)
    return v
try:
    l.sort(key=mutate)
except ValueError as e:
    print(e)
print("{a}-{b}".format_map({"a": 1, "b": 2}))
class Fmt:
    def __format__(self, spec):
        return 5
try:
    format(Fmt())
except TypeError as e:
    print(e)
class BadStr:
    def __str__(self):
        return 1
try:
    str(BadStr())
except TypeError as e:
    print(e)
class BadRepr:
    def __repr__(self):
        return None
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class BadLen:
    def __len__(self):
        return "3"
try:
    len(BadLen())
except TypeError as e:
    print(e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
class BadBool:
    def __bool__(self):
        return 1
try:
    if BadBool(): pass
except TypeError as e:
    print(e)
class BadIndex:
    def __index__(self):
        return 1.5
try:
    [1][BadIndex()]
except TypeError as e:
    print(e)
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(e)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(e)
class BadEnter:
    pass
try:
    with BadEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    for x in 5:
        pass
except TypeError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
try:
    [] < ()
except TypeError as e:
    print(e)
try:
    {} + {}
except TypeError as e:
    print(e)
try:
    None + 1
except TypeError as e:
    print(e)
try:
    "abc"[None:"x"]
except TypeError as e:
    print(e)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
try:
    def g(): yield
    next(g()).x
except AttributeError as e:
    print(e)
