# return / break / continue inside with-blocks still run __exit__
class Logger:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"  enter {self.name}")
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"  exit {self.name} exc={exc_type.__name__ if exc_type else None}")

def find(items, target):
    for i, x in enumerate(items):
        with Logger(f"item{i}"):
            if x == target:
                return i
    return -1
print("found at", find(["a", "b", "c"], "b"))

def loop_break():
    for i in range(5):
        with Logger(f"b{i}"):
            if i == 1:
                break
    return i
print("broke at", loop_break())

def loop_continue():
    out = []
    for i in range(3):
        with Logger(f"c{i}"):
            if i % 2 == 0:
                continue
            out.append(i)
    return out
print("continue result", loop_continue())

def while_loop():
    n = 0
    while True:
        with Logger(f"w{n}"):
            n += 1
            if n == 2:
                break
    return n
print("while result", while_loop())

def generator_with():
    with Logger("gen"):
        yield 1
        yield 2
g = generator_with()
print("gen first", next(g))
print("gen rest", list(g))

def exception_then_return():
    try:
        with Logger("try-with"):
            raise ValueError("v")
    except ValueError:
        return "handled outside the with"
print(exception_then_return())

class Suppress:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return True
def suppressed_return():
    for i in range(3):
        with Suppress():
            if i == 1:
                raise KeyError(i)
            print("  iteration", i)
    return "loop finished normally"
print(suppressed_return())
