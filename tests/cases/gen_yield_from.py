# yield from: delegation and return values
def inner(n):
    for i in range(n):
        yield f"inner{i}"
    return f"inner({n}) done"

def outer():
    r1 = yield from inner(2)
    print("  got", repr(r1))
    r2 = yield from inner(3)
    print("  got", repr(r2))
    yield from ["list", "items"]
    yield from "ab"
    yield from range(2)
    return "outer done"

for v in outer():
    print(v)

def collect(gen):
    result = yield from gen
    yield ("result", result)
print(list(collect(outer())))

def flatten(nested):
    for item in nested:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, (3, 4), [5, [6, [7]]]], 8, ()])))

def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], (3,), "xy", range(4, 6), {7: "k"})))

def tree(node, depth=0):
    name, children = node
    yield "  " * depth + name
    for c in children:
        yield from tree(c, depth + 1)
t = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b1x", [])])])])
print("\n".join(tree(t)))

def gen_returning_list():
    yield 1
    return [1, 2, 3]
def use():
    x = yield from gen_returning_list()
    yield len(x)
print(list(use()))

def no_return():
    yield 1
def uses_none():
    r = yield from no_return()
    yield r
print(list(uses_none()))
