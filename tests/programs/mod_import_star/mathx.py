__all__ = ["square", "cube", "CONSTANT"]

CONSTANT = 42
HIDDEN_BY_ALL = "not exported by *"

def square(x):
    return x * x

def cube(x):
    return x ** 3

def _helper():
    return "private"
