# Re-raising with bare raise and raising new exceptions in handlers
def inner():
    raise ValueError('original problem')
def middle():
    try:
        inner()
    except ValueError:
        print('middle saw it, re-raising')
        raise
try:
    middle()
except ValueError as e:
    print('outer caught:', e, e.args)
def convert():
    try:
        {}['missing']
    except KeyError as e:
        raise RuntimeError('lookup failed: ' + str(e))
try:
    convert()
except RuntimeError as e:
    print('RuntimeError:', e)
def conditional(n):
    try:
        return [1, 2, 3][n]
    except IndexError:
        if n > 10:
            raise
        return None
print(conditional(1), conditional(5))
try:
    conditional(50)
except IndexError as e:
    print('IndexError:', e)
def raise_class():
    raise TypeError
try:
    raise_class()
except TypeError as e:
    print('TypeError with no args', repr(e), e.args, str(e) == '')
