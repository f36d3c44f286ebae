# Tokenizer + recursive-descent parser + AST evaluator for arithmetic with variables
class CalcError(Exception):
    pass

class Token:
    def __init__(self, kind, value, pos):
        self.kind, self.value, self.pos = kind, value, pos
    def __repr__(self):
        return f"{self.kind}:{self.value}"

def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            if text.count(".") > 1:
                raise CalcError(f"bad number {text!r} at {i}")
            tokens.append(Token("num", float(text) if "." in text else int(text), i))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(Token("name", src[i:j], i))
            i = j
        elif c in "+-*/%^()=,":
            tokens.append(Token("op", c, i))
            i += 1
        else:
            raise CalcError(f"unexpected {c!r} at {i}")
    tokens.append(Token("end", None, len(src)))
    return tokens

class Num:
    def __init__(self, v): self.v = v
    def eval(self, env): return self.v
    def __repr__(self): return repr(self.v)
class Var:
    def __init__(self, name): self.name = name
    def eval(self, env):
        if self.name not in env:
            raise CalcError(f"undefined variable {self.name!r}")
        return env[self.name]
    def __repr__(self): return self.name
class Unary:
    def __init__(self, op, e): self.op, self.e = op, e
    def eval(self, env): return -self.e.eval(env) if self.op == "-" else self.e.eval(env)
    def __repr__(self): return f"({self.op}{self.e!r})"
class Bin:
    OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
           "/": lambda a, b: a / b, "%": lambda a, b: a % b, "^": lambda a, b: a ** b}
    def __init__(self, op, l, r): self.op, self.l, self.r = op, l, r
    def eval(self, env):
        a, b = self.l.eval(env), self.r.eval(env)
        try:
            return Bin.OPS[self.op](a, b)
        except ZeroDivisionError:
            raise CalcError("division by zero") from None
    def __repr__(self): return f"({self.l!r} {self.op} {self.r!r})"
class Call:
    FUNCS = {"max": max, "min": min, "abs": abs}
    def __init__(self, name, args): self.name, self.args = name, args
    def eval(self, env):
        if self.name not in Call.FUNCS:
            raise CalcError(f"unknown function {self.name}")
        return Call.FUNCS[self.name](*[a.eval(env) for a in self.args])
    def __repr__(self): return f"{self.name}{tuple(self.args)!r}"

class Parser:
    def __init__(self, tokens):
        self.toks, self.i = tokens, 0
    def peek(self):
        return self.toks[self.i]
    def take(self, value=None):
        t = self.toks[self.i]
        if value is not None and t.value != value:
            raise CalcError(f"expected {value!r} at {t.pos}, found {t.value!r}")
        self.i += 1
        return t
    def statement(self):
        if self.peek().kind == "name" and self.toks[self.i + 1].value == "=":
            name = self.take().value
            self.take("=")
            return ("assign", name, self.expr())
        return ("expr", None, self.expr())
    def expr(self):
        node = self.term()
        while self.peek().value in ("+", "-"):
            node = Bin(self.take().value, node, self.term())
        return node
    def term(self):
        node = self.factor()
        while self.peek().value in ("*", "/", "%"):
            node = Bin(self.take().value, node, self.factor())
        return node
    def factor(self):
        if self.peek().value in ("+", "-"):
            return Unary(self.take().value, self.factor())
        base = self.atom()
        if self.peek().value == "^":
            self.take()
            return Bin("^", base, self.factor())   # right associative
        return base
    def atom(self):
        t = self.take()
        if t.kind == "num":
            return Num(t.value)
        if t.kind == "name":
            if self.peek().value == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek().value == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                return Call(t.value, args)
            return Var(t.value)
        if t.value == "(":
            e = self.expr()
            self.take(")")
            return e
        raise CalcError(f"unexpected {t.value!r} at {t.pos}")

env = {}
program = ["x = 3", "y = x * (2 + 4) - 1", "y / 4", "2 ^ 3 ^ 2", "-x ^ 2", "z = max(x, y, 10) % 7",
           "1 / (x - 3)", "w + 1", "3 $ 4", "(1 + 2", "abs(-2.5) * 4", "foo(1)", "1.2.3", "10 - 2 - 3"]
for line in program:
    try:
        kind, name, tree = Parser(tokenize(line)).statement()
        value = tree.eval(env)
        if kind == "assign":
            env[name] = value
            print(f"{line:<22} {name} := {value!r:<8} tree {tree!r}")
        else:
            print(f"{line:<22} = {value!r:<11} tree {tree!r}")
    except CalcError as e:
        print(f"{line:<22} error: {e}")
print(sorted(env.items()))
