# Functions as values: stored, passed, returned
def add(a, b):
    return a + b
def sub(a, b):
    return a - b
def mul(a, b):
    return a * b
ops = {'+': add, '-': sub, '*': mul}
for sym in ops:
    print(sym, ops[sym](7, 3))
def apply_twice(f, x):
    return f(f(x))
print(apply_twice(lambda v: v * 3, 2), apply_twice(str.upper, 'ab'), apply_twice(abs, -4))
def compose(f, g):
    return lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5), compose(str, abs)(-9), compose(len, str)(12345))
funcs = [abs, str, bool, float, len]
print([f(-1) if f is not len else f('ab') for f in funcs])
alias = add
print(alias(1, 2), alias is add, alias == add)
pipeline = [lambda x: x + 1, lambda x: x * x, lambda x: x - 3]
v = 2
for step in pipeline:
    v = step(v)
print(v)
print(sorted(['bb', 'a', 'ccc'], key=len), list(map(ops['*'], [1, 2, 3], [4, 5, 6])))
