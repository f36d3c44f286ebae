# except (A, B) as e; ordering of handlers; base class catching
def fail(kind):
    if kind == 0:
        raise ValueError('v')
    if kind == 1:
        raise TypeError('t')
    if kind == 2:
        raise KeyError('k')
    if kind == 3:
        raise IndexError('i')
    if kind == 4:
        raise ZeroDivisionError('z')
    if kind == 5:
        raise OverflowError('o')
    if kind == 6:
        raise AttributeError('a')
    if kind == 7:
        raise NameError('n')
    return 'no error'
for k in range(9):
    try:
        print(fail(k))
    except (ValueError, TypeError) as e:
        print('group1', type(e).__name__, e)
    except LookupError as e:
        print('lookup', type(e).__name__, e)
    except ArithmeticError as e:
        print('arith', type(e).__name__, e)
    except Exception as e:
        print('generic', type(e).__name__, e)
try:
    raise KeyError('first match wins')
except Exception as e:
    print('Exception handler first:', repr(e))
except KeyError:
    print('never')
try:
    [1][2]
except (KeyError, IndexError):
    print('caught without binding')
try:
    1 / 0
except:
    print('bare except caught')
