for f, args in [(str.upper, ()), (str.upper, ("a", "b")), (list.append, ([],)), (dict.get, ()),
                (str.join, ("x",)), (int.bit_length, ()), (list.append, (1, 2)), (str.split, (5,)),
                (dict.keys, ([],)), (float.is_integer, ()), (bytes.hex, ()), (set.add, (set(),)),
                (tuple.count, ()), (str.replace, ("abc", "a")), (list.sort, ([3, 1], 1))]:
    try:
        print(f(*args))
    except TypeError as e:
        print("TypeError:", e)
try:
    "abc".upper(1)
except TypeError as e:
    print(e)
try:
    [].append()
except TypeError as e:
    print(e)
try:
    {}.get()
except TypeError as e:
    print(e)
try:
    "x".startswith()
except TypeError as e:
    print(e)
try:
    len()
except TypeError as e:
    print(e)
try:
    len(1, 2)
except TypeError as e:
    print(e)
try:
    abs()
except TypeError as e:
    print(e)
try:
    isinstance(1)
except TypeError as e:
    print(e)
print(str.upper("q"), list.__len__([1, 2]), dict.fromkeys("ab"))
