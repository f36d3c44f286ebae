# Classes as decorators and decorators applied to classes' methods
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
        self.__name__ = fn.__name__
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.fn(*args, **kwargs)

@CountCalls
def hello(name):
    return f"hello {name}"
print(hello("a"), hello("b"), hello.calls, type(hello).__name__, hello.__name__)

class Retry:
    def __init__(self, times, exceptions=(Exception,)):
        self.times = times
        self.exceptions = exceptions
    def __call__(self, fn):
        def wrapper(*args):
            for attempt in range(1, self.times + 1):
                try:
                    return fn(*args)
                except self.exceptions as e:
                    print(f"  attempt {attempt} failed: {e}")
            raise RuntimeError(f"{fn.__name__} failed {self.times} times")
        return wrapper

state = {"n": 0}
@Retry(3, (ValueError,))
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError(f"not yet ({state['n']})")
    return "worked"
print(flaky())
state["n"] = -10
try:
    flaky()
except RuntimeError as e:
    print("RuntimeError:", e)

# class-based decorator on a method loses binding unless it implements __get__
class Bindable:
    def __init__(self, fn):
        self.fn = fn
    def __call__(self, *args):
        return ("called", self.fn(*args))
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *args: self(obj, *args)

class NotBindable:
    def __init__(self, fn):
        self.fn = fn
    def __call__(self, *args):
        return self.fn(*args)

class Thing:
    def __init__(self, v):
        self.v = v
    @Bindable
    def get(self):
        return self.v
    @NotBindable
    def get2(self):
        return self.v

t = Thing(9)
print(t.get())
try:
    t.get2()
except TypeError as e:
    print("TypeError:", e)
print(t.get2(t))
