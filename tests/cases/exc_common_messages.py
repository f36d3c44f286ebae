# Exact CPython messages for common runtime errors
def tuple_assign():
    t = (1, 2)
    t[0] = 5
def str_assign():
    s = 'abc'
    s[0] = 'x'
def unpack_one():
    x, y = [1]
def one_arg(a):
    return a
nothing = None
five = 5
def attempt(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
attempt('1/0', lambda: 1 / 0)
attempt('1//0', lambda: 1 // 0)
attempt('1%0', lambda: 1 % 0)
attempt('1.0/0', lambda: 1.0 / 0)
attempt('[][1]', lambda: [][1])
attempt('()[0]', lambda: ()[0])
attempt("''[0]", lambda: ''[0])
attempt("{}['k']", lambda: {}['k'])
attempt('{}[1]', lambda: {}[1])
attempt("int('x')", lambda: int('x'))
attempt("int('1.5')", lambda: int('1.5'))
attempt("float('abc')", lambda: float('abc'))
attempt("'a' + 1", lambda: 'a' + 1)
attempt("1 + 'a'", lambda: 1 + 'a')
attempt('[] + ()', lambda: [] + ())
attempt('None[0]', lambda: nothing[0])
attempt('5[0]', lambda: five[0])
attempt('len(5)', lambda: len(5))
attempt('None.x', lambda: None.x)
attempt("'s'.foo", lambda: 's'.foo)
attempt('[].add', lambda: [].add)
attempt('undefined', lambda: undefined_variable)
attempt("'a' < 1", lambda: 'a' < 1)
attempt('[1] < 1', lambda: [1] < 1)
attempt('-"x"', lambda: -'x')
attempt("'x' * 'y'", lambda: 'x' * 'y')
attempt('5()', lambda: five())
attempt("abs('x')", lambda: abs('x'))
attempt('[].pop()', lambda: [].pop())
attempt('[1].index(2)', lambda: [1].index(2))
attempt("'abc'.index('z')", lambda: 'abc'.index('z'))
attempt('hash([])', lambda: hash([]))
attempt('{[]: 1}', lambda: {[]: 1})
attempt("t[0] = 1", lambda: tuple_assign())
attempt("'s'[0] = 'x'", lambda: str_assign())
attempt('float(10**400)', lambda: float(10 ** 400))
attempt('next(iter([]))', lambda: next(iter([])))
attempt("chr(-1)", lambda: chr(-1))
attempt("list('a')[5]", lambda: list('a')[5])
attempt('x, y = [1]', lambda: unpack_one())
attempt('sorted([1, None])', lambda: sorted([1, None]))
attempt('one_arg(1, 2)', lambda: one_arg(1, 2))
attempt('one_arg()', lambda: one_arg())
attempt("1 in 5", lambda: 1 in 5)
attempt("1 in 'a'", lambda: 1 in 'a')
