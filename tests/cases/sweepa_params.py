# Parameter kinds, argument errors, *args/**kwargs forwarding.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)


print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9))
print(f(*[1, 2, 3], **{"c": 0, "z": 1}))


def pos_only(a, b, /, c, *, d):
    return a, b, c, d


print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))
for call in [lambda: pos_only(1, b=2, c=3, d=4), lambda: pos_only(1, 2, 3, 4),
             lambda: f(), lambda: f(1, c=1, a=2), lambda: pos_only(1, 2, 3),
             lambda: f(1, 2, c=3, **{"c": 4}), lambda: (lambda: 0)(1),
             lambda: (lambda x, y: 0)(1), lambda: (lambda *, k: 0)(),
             lambda: (lambda x: 0)(x=1, y=2), lambda: len(), lambda: len(1, 2),
             lambda: sorted([1], cmp=None)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


def wrapper(*args, **kwargs):
    return target(*args, **kwargs)


def target(x, y=0, *, z=1):
    return x + y + z


print(wrapper(1), wrapper(1, 2), wrapper(1, z=10), wrapper(x=5, y=5, z=5))
a, *b = [1, 2, 3]
*c, d = "xyz"
e, *f_, g = range(5)
print(a, b, c, d, e, f_, g)
(h, i), j = (1, 2), 3
print(h, i, j, [*range(3), *"ab"], {**{"a": 1}, "b": 2, **{"a": 3}}, {*[1, 2], *(2, 3)})
print(*[1, 2, 3], sep="-")
try:
    x, y = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    x, y, z = [1, 2]
except ValueError as e:
    print(e)
try:
    x, *y, z = [1]
except ValueError as e:
    print(e)


def kwonly_defaults(*, a=1, b):
    return a, b


print(kwonly_defaults(b=2), f.__defaults__, f.__kwdefaults__, kwonly_defaults.__kwdefaults__)
print(f.__code__.co_argcount if hasattr(f, "__code__") else 1, f.__name__)


def many(**kw):
    return sorted(kw.items())


print(many(b=1, a=2), many(**{"x y": 1}))
print(max(3, 1, 2), max([3, 1, 2]), max([], default="empty"), min("bca"), max("a", "B", key=str.lower))
try:
    max([])
except ValueError as e:
    print(e)
