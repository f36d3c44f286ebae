# except (A, B) as e, handler order, the name is unbound after the handler
def classify(x):
    try:
        if x == "key":
            {}["missing"]
        elif x == "index":
            [][0]
        elif x == "zero":
            1 // 0
        elif x == "type":
            len(5)
        elif x == "value":
            int("abc")
        return "fine"
    except (KeyError, IndexError) as e:
        return f"lookup: {type(e).__name__} {e}"
    except (ZeroDivisionError, ValueError) as e:
        return f"math/value: {type(e).__name__}"
    except TypeError:
        return "type error"

for x in ["key", "index", "zero", "type", "value", "ok"]:
    print(x, "->", classify(x))

e = "outer value"
try:
    raise ValueError("inner")
except ValueError as e:
    print("inside:", e)
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)

handlers = (KeyError, ValueError)
try:
    raise ValueError("from variable tuple")
except handlers as err:
    print("caught via variable:", err)

def first_match(exc):
    try:
        raise exc
    except Exception:
        return "Exception first"
    except ValueError:
        return "never reached"
print(first_match(ValueError()))

dynamic = tuple(cls for cls in (KeyError, IndexError, TypeError) if cls is not KeyError)
try:
    [][1]
except dynamic as err:
    print("dynamic tuple caught", type(err).__name__, len(dynamic))

try:
    try:
        raise ValueError("x")
    except 42:
        pass
except TypeError as err:
    print("TypeError:", err)
