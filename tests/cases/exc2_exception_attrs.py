# Attributes carried by builtin exceptions
try:
    undefined_variable
except NameError as e:
    print("NameError.name:", e.name)

class Obj:
    pass
o = Obj()
try:
    o.missing
except AttributeError as e:
    print("AttributeError.name:", e.name, "obj is o:", e.obj is o)

def gen():
    yield 1
    return "done value"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration.value:", e.value, e.args)

try:
    raise SystemExit(7)
except SystemExit as e:
    print("SystemExit.code:", e.code)

try:
    {"a": 1}["b"]
except KeyError as e:
    print("KeyError.args:", e.args, "str:", str(e))

try:
    int("12a")
except ValueError as e:
    print("ValueError.args:", e.args)

try:
    raise OSError(2, "missing", "f.txt")
except OSError as e:
    print("OSError:", e.errno, e.strerror, e.filename, type(e).__name__)

e = Exception("base")
print(e.__traceback__, e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise e
except Exception as caught:
    print("traceback set after raise:", caught.__traceback__ is not None)

try:
    "abc"[5]
except IndexError as e:
    print("IndexError:", e, e.args)
try:
    [1, 2].remove(3)
except ValueError as e:
    print("ValueError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e, e.args)
