# str() and repr() of all basic types
vals = [0, -12, 2**70, 1.0, -2.5, 1e300, 'text', "quote'", '', None, True, False, [1, 'a'], (1,), (), {'k': [1]},
        set(), {1}, frozenset({2}), range(3), range(1, 10, 2), {'a': 1}.keys(), {'a': 1}.values(), {'a': 1}.items()]
for v in vals:
    print(str(v), '||', repr(v))
print(str(), repr(''), repr(str(1.5)), str(str), str(int), str(type(None)), repr(list))
print(str(ZeroDivisionError), str(ValueError('msg')), repr(ValueError('msg')), repr(KeyError('k')))
