# Cleanup code that itself fails: which exception wins, and how the chain looks
def describe(e):
    parts = []
    while e is not None:
        link = "cause" if e.__cause__ is not None else "context" if e.__context__ is not None else None
        parts.append(f"{type(e).__name__}({e})")
        e = e.__cause__ or e.__context__
    return " <- ".join(parts)

def finally_overrides():
    try:
        raise ValueError("primary")
    finally:
        raise RuntimeError("cleanup")

def except_then_finally():
    try:
        try:
            raise KeyError("k")
        except KeyError:
            raise TypeError("while handling")
        finally:
            print("  finally runs even though the handler raised")
    except TypeError as e:
        return describe(e)

def nested_cleanup():
    try:
        try:
            raise OSError("disk")
        finally:
            try:
                raise ValueError("flush failed")
            except ValueError:
                print("  cleanup error handled inside finally")
    except OSError as e:
        return describe(e)

def cleanup_returns():
    try:
        raise IndexError("lost")
    finally:
        return "finally returned, exception discarded"

for fn in (finally_overrides, except_then_finally, nested_cleanup, cleanup_returns):
    try:
        print(fn.__name__, "->", fn())
    except Exception as e:
        print(fn.__name__, "raised", describe(e))

def release_all(resources):
    errors = []
    for r in resources:
        try:
            if r.startswith("bad"):
                raise RuntimeError(f"cannot release {r}")
            print("  released", r)
        except RuntimeError as e:
            errors.append(e)
    if errors:
        first, *rest = errors
        for other in rest:
            first.add_note(f"also: {other}")
        raise first
try:
    release_all(["a", "bad1", "b", "bad2", "bad3"])
except RuntimeError as e:
    print("RuntimeError:", e, e.__notes__)
