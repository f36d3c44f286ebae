print("a: start")
import b

def from_a():
    return "from a, b says " + b.from_b()

VALUE = 1
print("a: end")
