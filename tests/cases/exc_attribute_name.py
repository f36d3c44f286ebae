# AttributeError and NameError messages
def try_attr(obj, label):
    try:
        return obj.nonexistent
    except AttributeError as e:
        print(label, 'AttributeError:', e)
try_attr(1, 'int')
try_attr('s', 'str')
try_attr([], 'list')
try_attr({}, 'dict')
try_attr(None, 'None')
try_attr(1.5, 'float')
try_attr((1,), 'tuple')
try:
    [1, 2].push(3)
except AttributeError as e:
    print('AttributeError:', e)
try:
    'abc'.append('d')
except AttributeError as e:
    print('AttributeError:', e)
try:
    print(not_defined)
except NameError as e:
    print('NameError:', e)
def f():
    return also_not_defined + 1
try:
    f()
except NameError as e:
    print('NameError:', e)
