# Value patterns (dotted names) vs capture patterns
class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"

class Status:
    OK = 200
    NOT_FOUND = 404

def describe(c):
    match c:
        case Color.RED:
            return "warm"
        case Color.GREEN | Color.BLUE:
            return "cool"
        case _:
            return "unknown color"
print([describe(c) for c in ["red", "green", "blue", "pink"]])

def respond(code):
    match code:
        case Status.OK:
            return "ok"
        case Status.NOT_FOUND:
            return "missing"
        case other:
            return f"code {other}"
print(respond(200), respond(404), respond(500))

RED = "red"
def capture_trap(c):
    match c:
        case RED:      # a bare name is a capture pattern, it matches anything!
            return f"captured {RED!r}"
print(capture_trap("blue"), capture_trap(42))

import math
def special(x):
    match x:
        case math.pi:
            return "pi"
        case math.e:
            return "e"
        case math.inf:
            return "infinity"
        case _:
            return "ordinary"
print(special(math.pi), special(2.718281828459045), special(float("inf")), special(1.0))

class Tok:
    PLUS = "+"
    MINUS = "-"
    TIMES = "*"
def apply(op, a, b):
    match op:
        case Tok.PLUS:
            return a + b
        case Tok.MINUS:
            return a - b
        case Tok.TIMES:
            return a * b
    raise ValueError(f"bad op {op}")
print(apply("+", 2, 3), apply("-", 2, 3), apply("*", 2, 3))
try:
    apply("/", 1, 2)
except ValueError as e:
    print("ValueError:", e)
