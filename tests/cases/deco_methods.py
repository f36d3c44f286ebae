# Decorating methods: wrappers receive self; staticmethod/classmethod/property stacking
def logged(fn):
    def wrapper(self, *args):
        self.log.append(f"{fn.__name__}{args}")
        return fn(self, *args)
    wrapper.__name__ = fn.__name__
    return wrapper

def requires_open(fn):
    def wrapper(self, *args):
        if not self.is_open:
            raise RuntimeError(f"{fn.__name__} on closed {type(self).__name__}")
        return fn(self, *args)
    return wrapper

class File:
    def __init__(self, name):
        self.name = name
        self.is_open = False
        self.log = []
        self.lines = []
    @logged
    def open(self):
        self.is_open = True
        return self
    @logged
    @requires_open
    def write(self, text):
        self.lines.append(text)
        return len(text)
    @logged
    def close(self):
        self.is_open = False

f = File("notes.txt")
try:
    f.write("too early")
except RuntimeError as e:
    print("RuntimeError:", e)
f.open()
print(f.write("hello"), f.write("world!"))
f.close()
print(f.lines, f.log)

def twice(fn):
    def wrapper(*args):
        fn(*args)
        return fn(*args)
    return wrapper

class Math:
    calls = 0
    @staticmethod
    @twice
    def noisy_add(a, b):
        Math.calls += 1
        return a + b
    @classmethod
    @twice
    def bump(cls):
        cls.calls += 10
        return cls.calls
    @property
    @twice
    def prop(self):
        Math.calls += 100
        return Math.calls
print(Math.noisy_add(2, 3), Math.calls)
print(Math.bump(), Math.calls)
print(Math().prop, Math.calls)

def cached_property(fn):
    attr = "_cached_" + fn.__name__
    def getter(self):
        if not hasattr(self, attr):
            setattr(self, attr, fn(self))
        return getattr(self, attr)
    return property(getter)
class Data:
    def __init__(self, xs):
        self.xs = xs
    @cached_property
    def stats(self):
        print("  computing stats")
        return (min(self.xs), max(self.xs), sum(self.xs) / len(self.xs))
d = Data([3, 1, 4, 1, 5])
print(d.stats, d.stats)
