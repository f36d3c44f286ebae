import sys
def run(label, body):
    print("--", label)
    try:
        body()
    except BaseException as e:
        print("escaped:", type(e).__name__, repr(e))
        if isinstance(e, BaseExceptionGroup):
            for sub in e.exceptions:
                print("   sub:", repr(sub), "context:", repr(sub.__context__))

def reraise_bare():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("  handling values, exc_info:", repr(sys.exc_info()[1]))
        raise
run("bare reraise", reraise_bare)

def raise_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2)])
    except* ValueError as e:
        raise RuntimeError("new") from None
run("raise new", raise_new)

def naked_reraise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise
run("naked bare reraise", naked_reraise)

def naked_unmatched():
    try:
        raise KeyError("k")
    except* ValueError:
        print("not here")
run("naked unmatched", naked_unmatched)

def all_handled():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* (ValueError, TypeError) as g:
        print("  got", repr(g))
    else:
        print("  else not run")
    finally:
        print("  finally")
    print("  after")
run("all handled", all_handled)

def no_exc():
    try:
        print("  body ok")
    except* ValueError:
        print("no")
    else:
        print("  else runs")
    finally:
        print("  finally runs")
run("no exception", no_exc)

def nested():
    try:
        try:
            raise ExceptionGroup("outer", [ValueError("a"), OSError("b"), ExceptionGroup("in", [ValueError("c")])])
        except* OSError as g:
            print("  inner got", repr(g))
    except* ValueError as g:
        print("  outer got", repr(g))
run("nested", nested)

def bad_type():
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
run("bad type", bad_type)

def multi_raise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise IndexError("from values")
    except* TypeError:
        raise IndexError("from types")
run("multi raise", multi_raise)

def gen():
    try:
        yield 1
        raise ExceptionGroup("g", [ValueError("in gen")])
    except* ValueError as e:
        yield repr(e)
print(list(gen()))
eg = ExceptionGroup("m", [ValueError(1), TypeError(2)])
print(eg.message, eg.exceptions, eg.args, str(eg), eg.derive([KeyError(0)]))
print(repr(eg.subgroup(ValueError)), eg.subgroup(lambda e: False), eg.split(lambda e: True)[0] is eg)
beg = BaseExceptionGroup("b", [KeyboardInterrupt()])
print(type(beg).__name__, type(BaseExceptionGroup("b", [ValueError()])).__name__, isinstance(eg, Exception), isinstance(beg, Exception))
for bad in [lambda: ExceptionGroup(1, [ValueError()]), lambda: ExceptionGroup("x", ValueError()), lambda: ExceptionGroup("x", [1]), lambda: ExceptionGroup("x", [KeyboardInterrupt()])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class MyEG(ExceptionGroup):
    pass
m = MyEG("mine", [ValueError(1)])
print(repr(m), type(m.subgroup(ValueError)).__name__)
try:
    raise ExceptionGroup("final", [ValueError("x"), TypeError("y")])
except* ValueError:
    print("values done")
