# Explicit chaining with `raise ... from ...`; __cause__, __context__, __suppress_context__
class ParseError(Exception):
    pass

def parse_int(text):
    try:
        return int(text)
    except ValueError as e:
        raise ParseError(f"cannot parse {text!r}") from e

for t in ["12", "x7"]:
    try:
        print("parsed", parse_int(t))
    except ParseError as e:
        print("ParseError:", e)
        print("  cause:", type(e.__cause__).__name__, e.__cause__)
        print("  context is cause:", e.__context__ is e.__cause__)
        print("  suppress_context:", e.__suppress_context__)

def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"no {k}") from None

try:
    lookup({}, "x")
except LookupError as e:
    print("LookupError:", e)
    print("  cause:", e.__cause__, "| context:", repr(e.__context__), "| suppress:", e.__suppress_context__)

try:
    raise RuntimeError("outer") from ValueError("explicit cause, never raised")
except RuntimeError as e:
    print("cause:", repr(e.__cause__), "context:", e.__context__, "suppress:", e.__suppress_context__)

fresh = ValueError("fresh")
print("fresh:", fresh.__cause__, fresh.__context__, fresh.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise TypeError("converted") from z
except TypeError as t:
    chain = []
    e = t
    while e is not None:
        chain.append(f"{type(e).__name__}({e})")
        e = e.__cause__ or e.__context__
    print(" <- ".join(chain))

# from a class instead of an instance
try:
    raise KeyError("k") from IndexError
except KeyError as e:
    print(type(e.__cause__).__name__, e.__cause__.args)
try:
    raise ValueError("bad") from 42
except TypeError as e:
    print("TypeError:", e)
