# str, repr and args of exception instances
errs = [ValueError(), ValueError('msg'), ValueError('a', 2), KeyError('key'), KeyError(3), IndexError('idx'),
        TypeError('t'), RuntimeError('r'), ZeroDivisionError('z'), Exception('base'), Exception(), AssertionError('as'),
        OverflowError('of'), AttributeError('attr'), NameError('nm'), StopIteration(5), KeyError(), KeyError('a', 'b')]
for e in errs:
    print(type(e).__name__, '|', str(e), '|', repr(e), '|', e.args, '|', len(e.args))
try:
    {}['x\ny']
except KeyError as e:
    print(str(e), repr(e), e.args)
try:
    int('zz')
except ValueError as e:
    print(e.args, e.args[0])
try:
    raise ValueError('x', [1, 2], None)
except ValueError as e:
    print(e, e.args[1])
print(f'{ValueError("in fstring")}', '%s' % KeyError('pct'), [ValueError('in list')])
