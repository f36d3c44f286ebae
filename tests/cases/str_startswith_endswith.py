# startswith/endswith incl. tuples and ranges
s = 'hello world'
for p in ['hello', 'world', 'h', '', 'hello world!', 'Hello']:
    print(repr(p), s.startswith(p), s.endswith(p), s.startswith(p, 6), s.endswith(p, 0, 5))
print(s.startswith(('x', 'he')), s.endswith(('ld', 'zz')), s.startswith(()), '日本語'.startswith('日本'), 'café'.endswith('é'))
files = ['a.py', 'b.txt', 'c.PY', 'd.pyc', 'e.rs', 'README']
print([f for f in files if f.endswith('.py')], [f for f in files if f.lower().endswith(('.py', '.rs'))])
try:
    s.startswith(['h'])
except TypeError as e:
    print('TypeError:', e)
