# LEGB: local, enclosing, global, builtin lookups
name = "global"
def outer():
    name = "enclosing"
    def inner():
        name = "local"
        return name
    def no_local():
        return name
    return inner(), no_local()
print(outer())

def g():
    return name
print(g())

def shadow_builtin():
    abs = lambda x: "enclosing abs"
    def use():
        return abs(-1)
    return use()
print(shadow_builtin(), abs(-1))

level = "global level"
def a():
    level = "a level"
    def b():
        def c():
            return level
        return c()
    return b()
print(a())

def changes_after_definition():
    v = 1
    def read():
        return v
    v = 2
    r1 = read()
    v = 3
    return r1, read()
print(changes_after_definition())

def param_shadows(name="param"):
    def inner():
        return name
    return inner()
print(param_shadows(), param_shadows("arg"))

def global_changes():
    global name
    before = g()
    name = "changed global"
    return before, g()
print(global_changes())

x = 0
def dynamic_lookup():
    return x
results = []
for x in range(3):
    results.append(dynamic_lookup())
print(results)

def class_in_function():
    value = "enclosing"
    class K:
        value = "class"
        def m(self):
            return value
    return K().m(), K.value
print(class_in_function())
