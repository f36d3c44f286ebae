import abc
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @abc.abstractmethod
    def perimeter(self): ...
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
try:
    Shape()
except TypeError as e:
    print(e)
try:
    Sq(2)
except TypeError as e:
    print(e)
class A: pass
class B: pass
try:
    A() < B()
except TypeError as e:
    print(e)
try:
    [1] < "a"
except TypeError as e:
    print(e)
try:
    None + 1
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    [1, 2, 3].index(9)
except ValueError as e:
    print(e)
try:
    {}["missing"]
except KeyError as e:
    print(repr(e), e)
try:
    x = undefined_name
except NameError as e:
    print(e)
try:
    (1).foo
except AttributeError as e:
    print(e)
try:
    A().foo
except AttributeError as e:
    print(e)
try:
    import math; math.foo
except AttributeError as e:
    print(e)
try:
    for x in 5: pass
except TypeError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    hash([])
except TypeError as e:
    print(e)
try:
    {[1]: 2}
except TypeError as e:
    print(e)
try:
    5()
except TypeError as e:
    print(e)
try:
    "x" * "y"
except TypeError as e:
    print(e)
try:
    [] + ()
except TypeError as e:
    print(e)
try:
    1 / 0.0
except ZeroDivisionError as e:
    print(e)
try:
    10 % 0
except ZeroDivisionError as e:
    print(e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    import math; math.sqrt(-1)
except ValueError as e:
    print(e)
try:
    math.log(0)
except ValueError as e:
    print(e)
try:
    chr(-1)
except ValueError as e:
    print(e)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
try:
    list(zip([1], [2, 3], strict=True))
except ValueError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
try:
    float("x1")
except ValueError as e:
    print(e)
try:
    sorted([3, "a"])
except TypeError as e:
    print(e)
try:
    max([])
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    {}.popitem()
except KeyError as e:
    print(e)
try:
    set().pop()
except KeyError as e:
    print(e)
try:
    (1, 2)[5]
except IndexError as e:
    print(e)
try:
    "abc".foo()
except AttributeError as e:
    print(e)
try:
    getattr(A(), "nope")
except AttributeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    [1, 2][1:2] = 5
except TypeError as e:
    print(e)
try:
    def f(x): pass
    f(1, 2)
except TypeError as e:
    print(e)
try:
    f(y=1)
except TypeError as e:
    print(e)
try:
    class M:
        def m(self): pass
    M().m(1)
except TypeError as e:
    print(e)
try:
    M.m()
except TypeError as e:
    print(e)
try:
    int("5", 1)
except ValueError as e:
    print(e)
try:
    bytes([300])
except ValueError as e:
    print(e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(e)
try:
    print(f"{1:q}")
except ValueError as e:
    print(e)
try:
    "{} {}".format(1)
except IndexError as e:
    print(e)
try:
    "{a}".format(b=1)
except KeyError as e:
    print(repr(e))
try:
    "%d" % "x"
except TypeError as e:
    print(e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print(e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print(e)
try:
    iter(5)
except TypeError as e:
    print(e)
try:
    round("x")
except TypeError as e:
    print(e)
try:
    abs("x")
except TypeError as e:
    print(e)
try:
    -"x"
except TypeError as e:
    print(e)
try:
    ~1.5
except TypeError as e:
    print(e)
try:
    1 << -1
except ValueError as e:
    print(e)
try:
    [0] * 1.5
except TypeError as e:
    print(e)
try:
    "abc"[1.0]
except TypeError as e:
    print(e)
try:
    {}[[]]
except TypeError as e:
    print(e)
try:
    frozenset([1]).add(2)
except AttributeError as e:
    print(e)
try:
    tuple([1]).append(2)
except AttributeError as e:
    print(e)
try:
    isinstance(1, 2)
except TypeError as e:
    print(e)
try:
    super(int, "x")
except TypeError as e:
    print(e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e) == "")
try:
    raise 5
except TypeError as e:
    print(e)
