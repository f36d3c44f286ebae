# def is an executable statement: conditional definitions, redefinition, defs in loops
def version():
    return 1
first = version
def version():
    return 2
print(first(), version(), first is version)

import sys
if len(sys.argv) > 100:
    def mode():
        return "many args"
else:
    def mode():
        return "few args"
print(mode())

handlers = {}
for name in ["alpha", "beta", "gamma"]:
    def handler(n=name):
        return n.upper()
    handlers[name] = handler
print({k: f() for k, f in handlers.items()})
print(handler.__name__, len(set(handlers.values())) == 3)

def factory(kind):
    if kind == "square":
        def f(x):
            return x * x
    elif kind == "cube":
        def f(x):
            return x ** 3
    else:
        f = None
    return f
sq, cb, nothing = factory("square"), factory("cube"), factory("other")
print(sq(4), cb(3), nothing)

def recursive_redefinition(n):
    if n == 0:
        return "base"
    return recursive_redefinition(n - 1) + "+"
print(recursive_redefinition(3))
saved = recursive_redefinition
def recursive_redefinition(n):
    return "replaced"
print(saved(3))   # the saved function looks up the global name at call time

try:
    call_before_def()
except NameError as e:
    print("NameError:", e)
def call_before_def():
    return "defined now"
print(call_before_def())

def uses_later_helper():
    return helper_defined_later() * 2
def helper_defined_later():
    return 21
print(uses_later_helper())

def deco(fn):
    print("decorating", fn.__name__)
    return fn
for i in range(2):
    @deco
    def in_loop():
        return i
print(in_loop())
