# Implicit chaining: exceptions raised while handling another one
def cleanup_fails():
    try:
        raise ValueError("original problem")
    except ValueError:
        raise RuntimeError("cleanup failed")

try:
    cleanup_fails()
except RuntimeError as e:
    print("caught:", repr(e))
    print("context:", repr(e.__context__))
    print("cause:", e.__cause__, "suppress:", e.__suppress_context__)

def finally_raises():
    try:
        raise KeyError("in try")
    finally:
        raise IndexError("in finally")
try:
    finally_raises()
except IndexError as e:
    print("finally:", repr(e), "context:", repr(e.__context__))

def three_levels():
    try:
        try:
            raise ValueError("one")
        except ValueError:
            raise TypeError("two")
    except TypeError:
        raise NameError("three")
try:
    three_levels()
except NameError as e:
    names = []
    cur = e
    while cur:
        names.append(type(cur).__name__ + ":" + str(cur))
        cur = cur.__context__
    print(names)

# an exception raised after the handler has finished has no context
try:
    try:
        raise ValueError("handled")
    except ValueError:
        pass
    raise TypeError("later")
except TypeError as e:
    print("later context:", e.__context__)

# re-raising the same exception inside its own handler does not create a self-loop
try:
    try:
        raise ValueError("same")
    except ValueError as v:
        raise v
except ValueError as e:
    print("self context:", e.__context__)

# context is set even when the new exception was created earlier
saved = KeyError("prebuilt")
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise saved
except KeyError as e:
    print("prebuilt context:", type(e.__context__).__name__, e is saved)

# setting __suppress_context__ by hand
try:
    try:
        raise OSError("disk")
    except OSError:
        err = RuntimeError("wrapped")
        err.__suppress_context__ = True
        raise err
except RuntimeError as e:
    print(e.__suppress_context__, type(e.__context__).__name__)
