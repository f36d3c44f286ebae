# Shadowing builtins at module and function level, and restoring them
print(len("abc"), max(3, 7), sum([1, 2]))

def uses_local_len():
    len = lambda x: "local len"
    return len([1, 2, 3])
print(uses_local_len(), len([1, 2, 3]))

list_ = list
def shadow_list():
    list = "not a function"
    try:
        return list("abc")
    except TypeError as e:
        return f"TypeError: {e}"
print(shadow_list(), list("ab"))

max = lambda *args: "module-level max"
print(max(1, 2))
def sees_module_max():
    return max(5, 6)
print(sees_module_max())
del max
print(max(1, 2), sees_module_max())


def param_named_like_builtin(str, type=None, id=0):
    return f"str={str} type={type} id={id}"
print(param_named_like_builtin("s", type="t", id=5))
print(str(5), type(5).__name__)

class Thing:
    def __init__(self, input, filter):
        self.input = input
        self.filter = filter
    def print(self):
        return f"Thing.print {self.input} {self.filter}"
    def list(self):
        return list(range(3))     # inside a method, list is still the builtin
t = Thing("in", "f")
print(t.print(), t.list())

for sum in range(3):
    pass
print("sum is now", sum)
del sum
print("sum restored", sum([4, 5]))
try:
    del sum
except NameError as e:
    print("NameError:", e)
True_value = True
print(True_value is True, None is None)
