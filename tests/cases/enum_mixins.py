# Enums mixed with str, float, tuple and big ints; aliases and copy.
from enum import Enum, IntEnum, Flag, auto
class Color(str, Enum):
    RED = "red"
    GREEN = "green"
print(Color.RED == "red", str(Color.RED), f"{Color.RED}", repr(Color.RED), Color("green"), Color.RED.upper(), Color.RED + "!", len(Color.RED))
print(sorted([Color.GREEN, Color.RED]), "red" in [Color.RED], {"red": 1}[Color.RED], Color.RED.value)
class Num(float, Enum):
    PI = 3.14
    E = 2.71
print(Num.PI * 2, repr(Num.E), str(Num.PI), Num(3.14))
class Dup(Enum):
    A = 1
    B = 1
    C = 2
print(list(Dup), Dup.B, Dup(1), Dup.__members__)
class T(tuple, Enum):
    ORIGIN = (0, 0)
    UNIT = (1, 1)
print(T.ORIGIN, T.UNIT[0], T((1, 1)), repr(T.UNIT))
class Big(IntEnum):
    HUGE = 2 ** 70
print(Big.HUGE, repr(Big.HUGE), Big.HUGE + 1)
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy({"c": [Dup.C]})["c"][0] is Dup.C)
