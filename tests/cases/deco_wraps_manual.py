# Copying metadata onto wrappers by hand (what functools.wraps does)
def wraps(original):
    def apply(wrapper):
        for attr in ("__name__", "__qualname__", "__doc__", "__module__"):
            setattr(wrapper, attr, getattr(original, attr))
        wrapper.__dict__.update(original.__dict__)
        wrapper.__wrapped__ = original
        return wrapper
    return apply

def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"  calling {fn.__name__}")
        return fn(*args, **kwargs)
    return wrapper

def naive(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper

@logged
def area(w, h):
    """Compute the area of a rectangle."""
    return w * h
area.units = "m2"

@naive
def volume(w, h, d):
    """Compute a volume."""
    return w * h * d

print(area(3, 4), area.__name__, area.__doc__, area.__qualname__, area.__module__)
print(volume(1, 2, 3), volume.__name__, volume.__doc__, volume.__qualname__)
print(area.__wrapped__(5, 5), area.__wrapped__.__name__, hasattr(volume, "__wrapped__"))
print(area.units)

def manual(fn):
    def inner(*a):
        return fn(*a)
    inner.__name__ = fn.__name__
    inner.__doc__ = fn.__doc__
    inner.__wrapped__ = fn
    return inner

class Service:
    @logged
    def fetch(self, key):
        """Fetch a key."""
        return key.upper()
    @manual
    def store(self, key):
        "Store a key."
        return f"stored {key}"
s = Service()
print(s.fetch("k"), Service.fetch.__qualname__, Service.fetch.__doc__)
print(s.store("v"), Service.store.__name__, Service.store.__qualname__, Service.store.__doc__)

def unwrap(fn):
    depth = 0
    while hasattr(fn, "__wrapped__"):
        fn = fn.__wrapped__
        depth += 1
    return fn, depth
@logged
@logged
@manual
def deep(x):
    return x
base, depth = unwrap(deep)
print(base.__name__, depth, deep(7))
