import a
import b
print(a.from_a())
print(b.early_look(), a.b is b, b.a is a)
import sys
print("a" in sys.modules, "b" in sys.modules, sys.modules["a"] is a)
