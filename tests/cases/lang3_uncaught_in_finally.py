# An exception raised inside finally replaces the one in flight (context kept); exit code 1
def work():
    try:
        raise KeyError("original")
    finally:
        print("cleanup starts")
        raise RuntimeError("cleanup failed")

try:
    work()
except RuntimeError as e:
    print("caught:", e, "| context:", repr(e.__context__))
work()
