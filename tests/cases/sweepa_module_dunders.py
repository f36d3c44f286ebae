# Module-level dunders (__name__, __doc__, __builtins__), docstrings, sys attributes and argv.
"""Module doc."""
import sys
print(sys.argv[1:], len(sys.argv))
print(__name__, __file__.endswith(".py") if "__file__" in dir() else "nofile")
if __name__ == "__main__":
    print("main guard")
print(__doc__)
print(__builtins__.__name__ if hasattr(__builtins__, "__name__") else type(__builtins__).__name__)
import builtins
print(builtins.len is len, builtins.__name__)
def f():
    """Docstring here."""
print(f.__doc__, len.__doc__ is not None if False else "")
class C:
    """Class doc."""
print(C.__doc__, C.__module__, C.__dict__["__doc__"])
print(sys.platform, sys.implementation.name if False else "", sys.float_info.max, sys.float_info.epsilon)
print(sys.maxsize, sys.getrecursionlimit(), type(sys.modules).__name__, "sys" in sys.modules)
sys.stdout.write("direct\n")
sys.stderr.write("err\n")
print(sys.stdout.isatty() in (True, False), sys.stdout.encoding if hasattr(sys.stdout, "encoding") else "utf-8")
