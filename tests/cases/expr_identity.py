# is / is not / == on builtins where results are well-defined
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None, True is True, False is not True)
print(type(a) is list, type(1) is int, type('s') is str, type(1.0) is float, type(None) is type(None))
print(type(True) is bool, type(True) is int, isinstance(True, int))
t = ()
print([] is [], () == ())
x = None
print(x is None, x == None, not x)
d = {'a': a}
print(d['a'] is a, list(d.values())[0] is b)
