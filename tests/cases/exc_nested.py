# Nested try blocks and exception propagation through functions
def level3(x):
    if x == 'key':
        return {}['k']
    if x == 'index':
        return [][0]
    if x == 'value':
        return int('bad')
    if x == 'zero':
        return 1 / 0
    return 'ok:' + x
def level2(x):
    try:
        return level3(x)
    except KeyError as e:
        return 'level2 handled KeyError ' + str(e)
def level1(x):
    try:
        return level2(x)
    except (IndexError, ValueError) as e:
        return 'level1 handled ' + type(e).__name__
for x in ['fine', 'key', 'index', 'value', 'zero']:
    try:
        print(x, '->', level1(x))
    except Exception as e:
        print(x, '-> top level handled', type(e).__name__, e)
try:
    try:
        raise ValueError('a')
    except ValueError:
        try:
            raise TypeError('b')
        except TypeError as e2:
            print('inner handler', e2)
        print('back in outer handler')
except Exception:
    print('not reached')
try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][0]
except IndexError as e:
    print('exception raised in handler propagates:', e)
