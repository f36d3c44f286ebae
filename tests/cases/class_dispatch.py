# Method dispatch by name: getattr-based visitor and command objects
class Calculator:
    def __init__(self):
        self.stack = []
        self.log = []
    def run(self, program):
        for token in program.split():
            handler = getattr(self, "op_" + token, None)
            if handler is None:
                self.stack.append(int(token))
            else:
                handler()
            self.log.append(len(self.stack))
        return self.stack
    def op_add(self):
        b, a = self.stack.pop(), self.stack.pop()
        self.stack.append(a + b)
    def op_mul(self):
        b, a = self.stack.pop(), self.stack.pop()
        self.stack.append(a * b)
    def op_dup(self):
        self.stack.append(self.stack[-1])
    def op_swap(self):
        self.stack[-1], self.stack[-2] = self.stack[-2], self.stack[-1]
    def op_neg(self):
        self.stack.append(-self.stack.pop())

calc = Calculator()
print(calc.run("3 4 add dup mul 2 swap neg"))
print(calc.log)

class Node:
    pass
class Num(Node):
    def __init__(self, v): self.v = v
class Add(Node):
    def __init__(self, l, r): self.l, self.r = l, r
class Mul(Node):
    def __init__(self, l, r): self.l, self.r = l, r

class Visitor:
    def visit(self, node):
        method = getattr(self, "visit_" + type(node).__name__, self.generic)
        return method(node)
    def generic(self, node):
        raise TypeError("no visitor for " + type(node).__name__)

class Evaluator(Visitor):
    def visit_Num(self, n): return n.v
    def visit_Add(self, n): return self.visit(n.l) + self.visit(n.r)
    def visit_Mul(self, n): return self.visit(n.l) * self.visit(n.r)

class Printer(Visitor):
    def visit_Num(self, n): return str(n.v)
    def visit_Add(self, n): return f"({self.visit(n.l)} + {self.visit(n.r)})"
    def visit_Mul(self, n): return f"{self.visit(n.l)} * {self.visit(n.r)}"

tree = Mul(Add(Num(2), Num(3)), Add(Num(4), Mul(Num(5), Num(6))))
print(Printer().visit(tree), "=", Evaluator().visit(tree))
try:
    Evaluator().visit(Node())
except TypeError as e:
    print("TypeError:", e)

handlers = {"upper": str.upper, "lower": str.lower, "title": str.title, "len": len}
for name in ["upper", "title", "len", "lower"]:
    print(name, handlers[name]("hello World"))
