# A compiler from a tiny language to bytecode, and a stack virtual machine to run it
import math

SOURCE = """
n = 10
a = 0
b = 1
i = 0
while i < n {
    print a
    t = a + b
    a = b
    b = t
    i = i + 1
}
x = 7
if x % 2 == 1 { print x * 100 } else { print 0 }
total = 0
k = 1
while k <= 100 { total = total + k * k  k = k + 1 }
print total
print (total - 1) / 7
"""

def tokenize(src):
    out, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            out.append(("num", int(src[i:j]))); i = j
        elif c.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            out.append(("name", src[i:j])); i = j
        elif src[i:i + 2] in ("==", "<=", ">=", "!="):
            out.append(("op", src[i:i + 2])); i += 2
        else:
            out.append(("op", c)); i += 1
    return out

class Compiler:
    PREC = {"==": 1, "!=": 1, "<": 2, ">": 2, "<=": 2, ">=": 2, "+": 3, "-": 3, "*": 4, "/": 4, "%": 4}
    def __init__(self, tokens):
        self.toks, self.i, self.code = tokens, 0, []
    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else ("eof", None)
    def next(self):
        t = self.peek(); self.i += 1; return t
    def emit(self, *ins):
        self.code.append(ins); return len(self.code) - 1
    def program(self):
        while self.peek()[0] != "eof":
            self.statement()
        self.emit("halt")
        return self.code
    def block(self):
        assert self.next() == ("op", "{")
        while self.peek() != ("op", "}"):
            self.statement()
        self.next()
    def statement(self):
        kind, val = self.next()
        if val == "print":
            self.expr(0); self.emit("print")
        elif val == "while":
            start = len(self.code)
            self.expr(0)
            jump = self.emit("jz", None)
            self.block()
            self.emit("jmp", start)
            self.code[jump] = ("jz", len(self.code))
        elif val == "if":
            self.expr(0)
            jz = self.emit("jz", None)
            self.block()
            if self.peek() == ("name", "else"):
                self.next()
                jmp = self.emit("jmp", None)
                self.code[jz] = ("jz", len(self.code))
                self.block()
                self.code[jmp] = ("jmp", len(self.code))
            else:
                self.code[jz] = ("jz", len(self.code))
        elif kind == "name":
            assert self.next() == ("op", "=")
            self.expr(0); self.emit("store", val)
        else:
            raise SyntaxError(f"unexpected {val!r}")
    def expr(self, min_prec):
        self.atom()
        while self.peek()[0] == "op" and self.PREC.get(self.peek()[1], -1) > min_prec - 1 and self.peek()[1] in self.PREC:
            op = self.next()[1]
            if self.PREC[op] < min_prec:
                break
            self.expr(self.PREC[op] + 1)
            self.emit("binop", op)
    def atom(self):
        kind, val = self.next()
        if kind == "num": self.emit("push", val)
        elif kind == "name": self.emit("load", val)
        elif val == "(":
            self.expr(0); assert self.next() == ("op", ")")
        else:
            raise SyntaxError(f"bad atom {val!r}")

class VM:
    OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
           "/": lambda a, b: a // b, "%": lambda a, b: a % b, "<": lambda a, b: int(a < b),
           ">": lambda a, b: int(a > b), "<=": lambda a, b: int(a <= b), ">=": lambda a, b: int(a >= b),
           "==": lambda a, b: int(a == b), "!=": lambda a, b: int(a != b)}
    def __init__(self, code):
        self.code, self.stack, self.vars, self.pc, self.steps, self.output = code, [], {}, 0, 0, []
    def run(self):
        while True:
            op, *args = self.code[self.pc]
            self.pc += 1
            self.steps += 1
            if op == "halt": return self.output
            elif op == "push": self.stack.append(args[0])
            elif op == "load": self.stack.append(self.vars[args[0]])
            elif op == "store": self.vars[args[0]] = self.stack.pop()
            elif op == "print": self.output.append(self.stack.pop())
            elif op == "binop":
                b, a = self.stack.pop(), self.stack.pop()
                self.stack.append(self.OPS[args[0]](a, b))
            elif op == "jz":
                if self.stack.pop() == 0: self.pc = args[0]
            elif op == "jmp": self.pc = args[0]

code = Compiler(tokenize(SOURCE)).program()
print(len(code), "instructions")
for idx, ins in enumerate(code[:14]):
    print(f"{idx:3d} {ins[0]:<6} {' '.join(map(str, ins[1:]))}".rstrip())
vm = VM(code)
print(vm.run())
print("steps:", vm.steps, "vars:", sorted(vm.vars.items()))
