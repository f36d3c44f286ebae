# Builtin exception messages, except clauses with tuples and as, exceptions from __init__, nested handlers
def attempt(fn):
    try:
        return fn()
    except (KeyError, IndexError) as e:
        return f"lookup {type(e).__name__}: {e}"
    except (TypeError, ValueError) as e:
        return f"bad {type(e).__name__}: {e}"
    except ZeroDivisionError as e:
        return f"math: {e}"
    except AttributeError as e:
        return f"attr: {e}"
    except Exception as e:
        return f"other {type(e).__name__}: {e}"

cases = [
    lambda: {}["x"],
    lambda: [1][5],
    lambda: (1,)[-3],
    lambda: "abc".index("z"),
    lambda: int("4.5"),
    lambda: 1 + "a",
    lambda: len(5),
    lambda: 1 / 0,
    lambda: 5 % 0,
    lambda: None.foo,
    lambda: [].pop(),
    lambda: {}.pop("k"),
    lambda: float("nan?"),
    lambda: "x" * "y",
    lambda: sorted([1, "a"]),
    lambda: next(iter([])),
    lambda: undefined_name,
    lambda: int.bad_attr,
    lambda: [1, 2, 3].remove(9),
    lambda: divmod(1, 0),
    lambda: 2 ** -1 % 0,
    lambda: "{} {}".format(1),
    lambda: dict(a=1)["b"],
    lambda: tuple(5),
    lambda: chr(-1),
    lambda: set().remove(1),
]
for i, c in enumerate(cases):
    print(i, attempt(c))

class Fragile:
    def __init__(self, ok):
        if not ok:
            raise ValueError("cannot build")
        self.ok = ok
try:
    f = Fragile(False)
except ValueError as e:
    print("constructor failed:", e)

def outer():
    try:
        try:
            raise TypeError("inner")
        except ValueError:
            print("not here")
    except TypeError as e:
        return f"outer caught {e}"
print(outer())

results = []
for v in ["1", "x", "3", None]:
    try:
        results.append(int(v))
    except ValueError:
        results.append("bad")
        continue
    except TypeError:
        results.append("none")
        break
    else:
        results.append("ok")
print(results)
e = None
try:
    raise ValueError("scoped")
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
