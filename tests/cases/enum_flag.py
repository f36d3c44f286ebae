# Flag and IntFlag: combination with | & ^ ~, membership, iteration, reprs.
from enum import Flag, IntFlag, auto


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), rw.value, rw.name)
print(Perm.R in rw, Perm.X in rw, bool(rw), bool(Perm(0)), len(rw))
print(list(rw), list(Perm), len(Perm))
print(repr(Perm(0)), str(Perm(0)), repr(~Perm.R), repr(~rw), repr(~Perm(0)))
print(repr(rw & Perm.W), repr(rw & Perm.X), repr(rw ^ Perm.R), repr(Perm.R | Perm.W | Perm.X))
print(Perm(6), Perm(7), Perm(6) is rw)
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
try:
    Perm.R | 1
except TypeError as e:
    print("TypeError:", e)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print([c.value for c in Color], repr(Color.WHITE), list(Color.WHITE), repr(Color.RED | Color.BLUE))
print(Color.__members__)
print(repr(Color.RED | Color.GREEN | Color.BLUE), repr(~Color.WHITE), repr(~Color.RED))


class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1


m = Mode.READ | Mode.WRITE
print(m, repr(m), f"{m}", m == 6, m + 1, isinstance(m, int))
print(repr(Mode.READ | 8), repr(Mode(0)), repr(~Mode.READ), Mode(7), repr(Mode(9)))
print(repr(m & 2), repr(m ^ Mode.EXEC), repr(3 | Mode.READ), Mode.EXEC in m)
print(sorted(Mode), list(m))


def describe(p):
    parts = []
    for flag in Perm:
        parts.append(flag.name.lower() if flag in p else "-")
    return "".join(parts)


for v in range(8):
    print(v, describe(Perm(v)), Perm(v))
