# from module import * with and without __all__
from mathx import *
from textx import *

print(square(7), cube(3), CONSTANT)
print(center("hi"), WIDTH)
for name in ["HIDDEN_BY_ALL", "_helper", "_secret", "_private_value", "mathx", "textx"]:
    print(name, name in globals())
import mathx
print(mathx.HIDDEN_BY_ALL, mathx._helper(), sorted(mathx.__all__))
exported = sorted(n for n in globals() if not n.startswith("__"))
print(exported)
