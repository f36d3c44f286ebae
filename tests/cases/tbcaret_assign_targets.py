# pyaot: full-stderr
import traceback
class S:
    __slots__ = ("a",)

s = S()
try:
    s.b = 1
except AttributeError:
    print(traceback.format_exc())
t = (1, 2)
try:
    t[0] = 5
except TypeError:
    print(traceback.format_exc())
d = {}
try:
    del d["x"]
except KeyError:
    print(traceback.format_exc())
n = 5
n += "x"
