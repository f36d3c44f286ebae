# Enum basics: members, name/value, iteration order, lookup, repr/str, aliases.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # alias of RED


print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
print(list(Color), len(Color))
print(Color(1), Color(3), Color["GREEN"], Color.CRIMSON, Color.CRIMSON is Color.RED)
print(Color.__members__)
print(list(Color.__members__), list(Color.__members__.items())[-1])
print(type(Color.RED), type(Color.RED).__name__, isinstance(Color.RED, Color), Color)
print(Color.RED == Color.RED, Color.RED == Color.GREEN, Color.RED != 1, Color.RED == 1)
print(Color.RED is Color(1), Color(Color.RED) is Color.RED)
print(f"{Color.RED}", "%s" % Color.GREEN, "{}".format(Color.BLUE), f"{Color.RED!r}", f"[{Color.RED:>12}]")
print(str(Color.RED), [str(c) for c in Color])
print(Color.RED in Color, Color.CRIMSON in Color)
print(list(reversed(Color)))
print(sorted(Color, key=lambda c: c.name))
print([c.value for c in Color], {c.name: c.value for c in Color})
print(hash(Color.RED) == hash(Color.RED), bool(Color.RED))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 10
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError:", e)
try:
    Color("red")
except ValueError as e:
    print("ValueError:", e)


class Shape(Enum):
    SQUARE = "square"
    CIRCLE = "circle"
    POINT = ()
    PAIR = (1, 2)


print(Shape("circle"), Shape(()), Shape((1, 2)), repr(Shape.PAIR), Shape.POINT.value)
print(Shape.SQUARE.__class__ is Shape, Color.RED.__class__.__name__)
