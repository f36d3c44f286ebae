# Problems in __init__ and object construction
class NeedsArgs:
    def __init__(self, a, b=2, *, c):
        self.total = a + b + c

print(NeedsArgs(1, c=3).total, NeedsArgs(1, 10, c=100).total)
for args, kwargs in [((), {}), ((1,), {}), ((1, 2, 3), {"c": 1}), ((1,), {"c": 1, "d": 2})]:
    try:
        NeedsArgs(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)

class ReturnsValue:
    def __init__(self):
        return 5
try:
    ReturnsValue()
except TypeError as e:
    print("TypeError:", e)

class Validated:
    def __init__(self, age):
        if not isinstance(age, int):
            raise TypeError(f"age must be int, not {type(age).__name__}")
        if age < 0:
            raise ValueError(f"age must be >= 0, got {age}")
        self.age = age
made = []
for v in [3, -1, "7", 0, 2.5]:
    try:
        made.append(Validated(v))
        print("ok", v)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print([m.age for m in made])

class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)

class Partial:
    def __init__(self):
        self.a = 1
        raise RuntimeError("half built")
obj = None
try:
    obj = Partial()
except RuntimeError as e:
    print("RuntimeError:", e, obj)

class InitCallsMethod:
    def __init__(self, n):
        self.items = []
        self.fill(n)
    def fill(self, n):
        for i in range(n):
            self.items.append(i * i)
print(InitCallsMethod(6).items)
x = InitCallsMethod(2)
x.__init__(4)
print(x.items)
