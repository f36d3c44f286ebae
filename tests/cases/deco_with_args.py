# Decorator factories (decorators that take arguments)
def repeat(times):
    def decorator(fn):
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorator

def prefix(text, sep=" "):
    def decorator(fn):
        def wrapper(*args):
            return f"{text}{sep}{fn(*args)}"
        return wrapper
    return decorator

def clamp(lo=None, hi=None):
    def decorator(fn):
        def wrapper(*args):
            v = fn(*args)
            if lo is not None and v < lo:
                return lo
            if hi is not None and v > hi:
                return hi
            return v
        return wrapper
    return decorator

@repeat(3)
def roll(seed):
    return seed * 7 % 10

@prefix("LOG:")
def message(m):
    return m

@prefix("[warn]", sep="")
def warn(m):
    return m.upper()

@clamp(0, 100)
def percent(part, whole):
    return round(100 * part / whole)

@clamp(hi=5)
def stars(n):
    return n

print(roll(3), message("disk ok"), warn("low space"))
print([percent(p, 50) for p in (-10, 0, 25, 50, 75)])
print([stars(n) for n in range(3, 8)])

def validate(*spec):
    def decorator(fn):
        def wrapper(*args):
            for (name, expected), value in zip(spec, args):
                if expected is not None and not isinstance(value, expected):
                    raise TypeError(f"{fn.__name__}: {name} must be {expected.__name__}, got {type(value).__name__}")
            return fn(*args)
        return wrapper
    return decorator

@validate(("name", str), ("age", int))
def describe(name, age):
    return f"{name} is {age}"
print(describe("ann", 30))
for args in (("bob", "x"), (5, 5)):
    try:
        describe(*args)
    except TypeError as e:
        print("TypeError:", e)

registry = {}
def route(path, methods=("GET",)):
    def decorator(fn):
        for m in methods:
            registry[(m, path)] = fn
        return fn
    return decorator

@route("/")
def index():
    return "home"
@route("/items", methods=("GET", "POST"))
def items():
    return "items"
for key in sorted(registry):
    print(key, registry[key]())
print(index(), items.__name__)
