# Bare `raise` re-raises the exception currently being handled
def risky(n):
    if n == 0:
        raise ZeroDivisionError("n is zero")
    if n < 0:
        raise ValueError(f"negative: {n}")
    return 10 // n

def wrapper(n):
    try:
        return risky(n)
    except ZeroDivisionError:
        print("  wrapper: logging and re-raising")
        raise
    except ValueError as e:
        print("  wrapper: modifying args and re-raising")
        e.args = (e.args[0] + " (checked in wrapper)",)
        raise

for n in [5, 0, -2]:
    try:
        print("result", wrapper(n))
    except Exception as e:
        print("outer caught", type(e).__name__, e)

try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

def nested_handlers():
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise IndexError("second")
        except IndexError:
            print("  inner handler done")
        raise   # re-raises KeyError, the one handled by this block
try:
    nested_handlers()
except Exception as e:
    print("nested:", type(e).__name__, e)

def reraise_later():
    try:
        raise ValueError("stored")
    except ValueError as e:
        saved = e
    print("  outside handler now")
    raise saved
try:
    reraise_later()
except ValueError as e:
    print("saved re-raise:", e)

def helper_reraise():
    raise
try:
    try:
        raise TypeError("from helper")
    except TypeError:
        helper_reraise()
except TypeError as e:
    print("helper re-raised:", e)
