# A tokenizer and recursive-descent calculator with error reporting.
import re

TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(\*\*|[-+*/%()])|([A-Za-z_]\w*))")


class CalcError(Exception):
    pass


def tokenize(src):
    pos = 0
    out = []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m or m.end() == pos:
            raise CalcError(f"bad character {src[pos]!r} at {pos}")
        num, op, name = m.groups()
        if num:
            out.append(("num", float(num) if "." in num else int(num)))
        elif op:
            out.append(("op", op))
        else:
            out.append(("name", name))
        pos = m.end()
    return out


class Parser:
    def __init__(self, tokens, env):
        self.toks = tokens
        self.i = 0
        self.env = env

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else (None, None)

    def take(self):
        t = self.peek()
        self.i += 1
        return t

    def expr(self):
        v = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            _, op = self.take()
            r = self.term()
            v = v + r if op == "+" else v - r
        return v

    def term(self):
        v = self.factor()
        while self.peek()[1] in ("*", "/", "%"):
            _, op = self.take()
            r = self.factor()
            if op == "*":
                v *= r
            elif op == "/":
                if r == 0:
                    raise CalcError("division by zero")
                v /= r
            else:
                v %= r
        return v

    def factor(self):
        kind, val = self.take()
        if kind == "op" and val == "-":
            return -self.factor()
        if kind == "num":
            base = val
        elif kind == "name":
            if val not in self.env:
                raise CalcError(f"unknown name {val}")
            base = self.env[val]
        elif val == "(":
            base = self.expr()
            if self.take() != ("op", ")"):
                raise CalcError("expected )")
        else:
            raise CalcError(f"unexpected {val!r}")
        if self.peek() == ("op", "**"):
            self.take()
            return base ** self.factor()
        return base


env = {"pi": 3.14159, "x": 10}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-x + 4", "10 / 4", "10 % 3 + pi",
            "7 / (3 - 3)", "2 * y", "3 $ 4", "(1 + 2", "1.5 * 4", ")"]:
    try:
        p = Parser(tokenize(src), env)
        result = p.expr()
        if p.i != len(p.toks):
            raise CalcError("trailing input")
        print(f"{src:>14} = {result!r}")
    except CalcError as e:
        print(f"{src:>14} ! {e}")
