class Counter:
    instances = 0
    registry = []

    def __init__(self, name):
        Counter.instances += 1
        self.name = name
        self.registry.append(name)
        self.count = 0

    def increment(self, by=1):
        self.count += by
        return self

    @classmethod
    def reset_all(cls):
        cls.instances = 0
        cls.registry.clear()

    @staticmethod
    def describe(c):
        return f"{c.name}:{c.count}"


a = Counter("a").increment().increment(5)
b = Counter("b")
b.registry = ["shadow"]
print(Counter.instances, Counter.registry, b.registry, a.registry is Counter.registry)
print(Counter.describe(a), b.describe(b), list(map(Counter.describe, [a, b])))
a.instances = 99
print(Counter.instances, a.instances, b.instances, "instances" in vars(a))
del a.instances
print(a.instances)
Counter.reset_all()
print(Counter.instances, Counter.registry, b.registry)


class Sub(Counter):
    instances = 100


s = Sub("s")
print(Sub.instances, Counter.instances, s.name, Counter.registry)


def outer():
    items = []

    class Local:
        def add(self, x):
            items.append(x)
            return len(items)

    return Local(), items


obj, lst = outer()
print(obj.add(1), obj.add(2), lst, type(obj).__qualname__)
x = "global"


class Scope:
    x = "class"
    y = [x for _ in range(1)]
    z = (lambda: x)()

    def method(self):
        return x


print(Scope.y, Scope.z, Scope().method(), Scope.x)
