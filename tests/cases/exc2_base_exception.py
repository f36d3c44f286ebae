# Exception vs BaseException: SystemExit, KeyboardInterrupt, GeneratorExit
import sys

def run(fn):
    try:
        try:
            fn()
        except Exception as e:
            print("  caught by 'except Exception':", type(e).__name__)
    except BaseException as e:
        print("  escaped 'except Exception', caught by BaseException:", type(e).__name__, e.args)

print("sys.exit(3)")
run(lambda: sys.exit(3))
print("raise KeyboardInterrupt")
def kb():
    raise KeyboardInterrupt("ctrl-c")
run(kb)
print("raise SystemExit('bye')")
def se():
    raise SystemExit("bye")
run(se)
print("raise ValueError")
def ve():
    raise ValueError("normal")
run(ve)

try:
    sys.exit()
except SystemExit as e:
    print("SystemExit code:", e.code, e.args)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit code:", repr(e.code))
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("SystemExit code:", e.code)

def bare_except():
    try:
        raise KeyboardInterrupt
    except:
        return "bare except catches everything"
print(bare_except())

class MyBase(BaseException):
    pass
try:
    try:
        raise MyBase("custom base")
    except Exception:
        print("not here")
except MyBase as e:
    print("MyBase caught:", e)
print(issubclass(MyBase, Exception), issubclass(Exception, BaseException))
print([k.__name__ for k in (SystemExit, KeyboardInterrupt, GeneratorExit) if not issubclass(k, Exception)])
