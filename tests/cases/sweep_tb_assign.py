def f():
    raise ValueError("a")
try:
    f()
except ValueError as e:
    orig = e
e2 = KeyError("b")
e2.__traceback__ = orig.__traceback__
print(e2.__traceback__ is not None)
e3 = TypeError("c").with_traceback(orig.__traceback__)
t = e3.__traceback__
n = 0
while t:
    n += 1
    t = t.tb_next
print(n)
raise e2
