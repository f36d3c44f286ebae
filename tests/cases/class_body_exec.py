# The class body runs top to bottom once, like a function body
print("before class")

class Table:
    print("  executing class body")
    squares = [i * i for i in range(5)]
    lookup = {}
    for i in range(3):
        lookup[i] = chr(ord("a") + i)
    del i
    total = sum(squares)
    if total > 10:
        size = "big"
    else:
        size = "small"
    def method(self):
        return self.size
    alias = method
    print("  body done, names:", sorted(k for k in dir() if not k.startswith("__")))

print("after class")
print(Table.squares, Table.lookup, Table.total, Table.size)
print(Table().method(), Table().alias())
print(hasattr(Table, "i"))

def make(flag):
    class C:
        if flag:
            def f(self):
                return "flag on"
        else:
            def f(self):
                return "flag off"
        value = flag * 10
    return C
print(make(True)().f(), make(False)().f(), make(True).value, make(False).value)

class Chain:
    a = 1
    b = a + 1
    c = a + b
    words = "x y z".split()
    first, *rest = words
print(Chain.a, Chain.b, Chain.c, Chain.first, Chain.rest)

counter = 0
def bump():
    global counter
    counter += 1
    return counter
class UsesGlobal:
    x = bump()
    y = bump()
print(UsesGlobal.x, UsesGlobal.y, counter)
