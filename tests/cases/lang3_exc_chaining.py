# raise from, raise from None, implicit __context__, __suppress_context__, re-raise
class DataError(Exception):
    pass

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise DataError(f"bad data: {s!r}") from e

try:
    parse("abc")
except DataError as e:
    print(e, "| cause:", repr(e.__cause__), "| context:", type(e.__context__).__name__, e.__suppress_context__)

def hide(s):
    try:
        return int(s)
    except ValueError:
        raise DataError("hidden") from None
try:
    hide("x")
except DataError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

def implicit():
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("while handling")
try:
    implicit()
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__), "| cause:", e.__cause__)

def reraise():
    try:
        1 / 0
    except ZeroDivisionError:
        print("logging and re-raising")
        raise
try:
    reraise()
except ZeroDivisionError as e:
    print("re-raised:", e, e.__context__)

def reraise_as(e):
    raise e
try:
    try:
        raise ValueError("first")
    except ValueError as first:
        saved = first
    reraise_as(saved)
except ValueError as again:
    print("same object:", again is saved)

try:
    try:
        raise TypeError("inner")
    finally:
        print("finally runs during propagation")
except TypeError as e:
    print("outer got", e)

def nested():
    try:
        try:
            raise KeyError("a")
        except KeyError as ka:
            raise ValueError("b") from ka
    except ValueError as vb:
        raise TypeError("c")
try:
    nested()
except TypeError as tc:
    chain = []
    cur = tc
    while cur is not None:
        chain.append(f"{type(cur).__name__}({cur})")
        cur = cur.__cause__ or cur.__context__
    print(" <- ".join(chain))

e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(repr(e.__cause__), e.__suppress_context__)
try:
    raise ValueError("x") from 5
except TypeError as te:
    print("TypeError:", te)
try:
    raise 42
except TypeError as te:
    print("TypeError:", te)
try:
    raise ValueError
except ValueError as ve:
    print("class raised:", repr(ve), ve.args)
