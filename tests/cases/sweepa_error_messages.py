# Messages of common builtin exceptions.
class A:
    pass
a = A()
print(repr(a)[:20], str(A), A.__module__, type(a) is A)
try:
    a.x
except AttributeError as e:
    print(e)
try:
    A.y
except AttributeError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    "abc".foo()
except AttributeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    [1] + (2,)
except TypeError as e:
    print(e)
try:
    {}[[]]
except TypeError as e:
    print(e)
try:
    x = undefined_name
except NameError as e:
    print(e)
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    None()
except TypeError as e:
    print(e)
try:
    a()
except TypeError as e:
    print(e)
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
try:
    -"a"
except TypeError as e:
    print(e)
try:
    1 < "a"
except TypeError as e:
    print(e)
try:
    [3, "a"].sort()
except TypeError as e:
    print(e)
try:
    "abc"[1] = "x"
except TypeError as e:
    print(e)
try:
    del "abc"[0]
except TypeError as e:
    print(e)
try:
    hash([])
except TypeError as e:
    print(e)
try:
    "%d" % "x"
except TypeError as e:
    print(e)
try:
    "{} {}".format(1)
except IndexError as e:
    print(e)
try:
    "{x}".format()
except KeyError as e:
    print(repr(e))
try:
    (1, 2).append(3)
except AttributeError as e:
    print(e)
try:
    import os.nothing
except ImportError as e:
    print(type(e).__name__)
try:
    a, b = 1
except TypeError as e:
    print(e)
try:
    f = lambda: 1
    f.__name__ = 5
except TypeError as e:
    print(e)
try:
    raise
except RuntimeError as e:
    print(e)
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("AssertionError:", repr(e))
try:
    int(None)
except TypeError as e:
    print(e)
try:
    float([])
except TypeError as e:
    print(e)
try:
    chr(-1)
except ValueError as e:
    print(e)
try:
    [].index(1)
except ValueError as e:
    print(e)
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    {1: 2}.pop(3)
except KeyError as e:
    print(repr(e))
try:
    set().pop()
except KeyError as e:
    print(repr(e))
try:
    sum(["a", "b"])
except TypeError as e:
    print(e)
try:
    sorted([1, 2], key=1)
except TypeError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
try:
    [1, 2, 3][1.0]
except TypeError as e:
    print(e)
try:
    10 ** -1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
try:
    isinstance(1, 2)
except TypeError as e:
    print(e)
try:
    print(**{"sepx": 1})
except TypeError as e:
    print(e)
try:
    "a".join([1])
except TypeError as e:
    print(e)
try:
    dict([1, 2])
except TypeError as e:
    print(e)
try:
    "x" * 1.5
except TypeError as e:
    print(e)
try:
    int("9" * 5000)
except ValueError as e:
    print(str(e)[:60])
