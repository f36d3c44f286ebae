# Mutable default argument is evaluated once and shared
def append_to(x, lst=[]):
    lst.append(x)
    return lst
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
def counter(d={}):
    d['n'] = d.get('n', 0) + 1
    return d['n']
print(counter(), counter(), counter({}), counter())
def safe(x, lst=None):
    if lst is None:
        lst = []
    lst.append(x)
    return lst
print(safe(1), safe(2))
calls = []
def default_maker():
    calls.append('made')
    return 42
def f(v=default_maker()):
    return v
print(f(), f(), f(1), calls)
