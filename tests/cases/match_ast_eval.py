# Evaluating and simplifying an expression tree with match and class patterns
class Num:
    __match_args__ = ("value",)
    def __init__(self, value):
        self.value = value
    def __repr__(self):
        return str(self.value)

class Var:
    __match_args__ = ("name",)
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name

class BinOp:
    __match_args__ = ("op", "left", "right")
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right
    def __repr__(self):
        return f"({self.left!r} {self.op} {self.right!r})"

def evaluate(e, env):
    match e:
        case Num(v):
            return v
        case Var(name):
            return env[name]
        case BinOp("+", l, r):
            return evaluate(l, env) + evaluate(r, env)
        case BinOp("-", l, r):
            return evaluate(l, env) - evaluate(r, env)
        case BinOp("*", l, r):
            return evaluate(l, env) * evaluate(r, env)
        case BinOp("/", l, r):
            return evaluate(l, env) / evaluate(r, env)
        case BinOp(op, _, _):
            raise ValueError(f"unknown operator {op}")

def simplify(e):
    match e:
        case BinOp(op, l, r):
            l, r = simplify(l), simplify(r)
            match (op, l, r):
                case ("+", Num(0), x) | ("+", x, Num(0)):
                    return x
                case ("*", Num(1), x) | ("*", x, Num(1)):
                    return x
                case ("*", Num(0), _) | ("*", _, Num(0)):
                    return Num(0)
                case ("-", x, y) if repr(x) == repr(y):
                    return Num(0)
                case (_, Num(a), Num(b)):
                    return Num(evaluate(BinOp(op, Num(a), Num(b)), {}))
                case _:
                    return BinOp(op, l, r)
        case _:
            return e

exprs = [
    BinOp("+", Num(2), BinOp("*", Num(3), Var("x"))),
    BinOp("*", BinOp("+", Var("x"), Num(0)), Num(1)),
    BinOp("-", BinOp("*", Var("y"), Num(2)), BinOp("*", Var("y"), Num(2))),
    BinOp("+", BinOp("*", Num(2), Num(5)), BinOp("*", Var("x"), Num(0))),
    BinOp("/", Var("x"), BinOp("-", Num(7), Num(3))),
]
env = {"x": 4, "y": 10}
for e in exprs:
    s = simplify(e)
    print(f"{e!r:32} => {s!r:12} = {evaluate(e, env)} / {evaluate(s, env)}")
try:
    evaluate(BinOp("%", Num(1), Num(2)), env)
except ValueError as err:
    print("ValueError:", err)
