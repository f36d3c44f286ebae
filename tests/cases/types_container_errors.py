# Error messages of container operations: indexing, keys, removal, unpacking, mutation during iteration.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
show("list idx", lambda: [1, 2][2])
show("list neg idx", lambda: [1, 2][-3])
show("list assign idx", lambda: [1].__setitem__(5, 0))
show("list del idx", lambda: [1].__delitem__(5))
show("list str idx", lambda: [1][str(0)])
show("list float idx", lambda: [1][float(0)])
show("list pop empty", lambda: [].pop())
show("list pop idx", lambda: [1].pop(3))
show("list remove", lambda: [1].remove(2))
show("list index", lambda: [1].index(2))
show("tuple idx", lambda: (1,)[1])
show("tuple index", lambda: (1,).index(2))
show("str idx", lambda: "a"[1])
show("str index", lambda: "a".index("b"))
show("range idx", lambda: range(2)[2])
show("dict key", lambda: {"a": 1}["b"])
show("dict key int", lambda: {1: 1}[2])
show("dict key tuple", lambda: {}[(1, "a")])
show("dict key none", lambda: {}[None])
show("dict pop", lambda: {}.pop("x"))
show("dict popitem", lambda: {}.popitem())
show("set remove", lambda: set().remove(1))
show("set pop", lambda: set().pop())
show("frozenset add", lambda: frozenset().add(1))
show("bytes idx", lambda: b"a"[1])
show("bytearray idx", lambda: bytearray(b"a")[1])
show("unpack too many", lambda: (lambda: [a for a, b in [(1, 2, 3)]])())
show("unpack too few", lambda: (lambda: [a for a, b, c in [(1, 2)]])())
show("unpack int", lambda: (lambda: [a for a, b in [5]])())
def unp():
    a, b = "xyz"
show("unpack str", unp)
def unp2():
    a, *b, c, d = [1, 2]
show("unpack star", unp2)
def mutate_list():
    l = [1, 2, 3]
    for x in l:
        if x == 1:
            l.remove(x)
    return l
show("mutate list ok", mutate_list)
def mutate_set():
    s = {1, 2, 3}
    for x in s:
        s.add(x + 10)
show("mutate set", mutate_set)
def mutate_dict():
    d = {1: 1}
    for k in d:
        del d[k]
show("mutate dict", mutate_dict)
def deep():
    d = {"a": {"b": [1]}}
    return d["a"]["c"]
show("nested key", deep)
show("not subscriptable int", lambda: vals_int[0])
vals_int = 5
show("not subscriptable none", lambda: None.__class__ and vals_none[0])
vals_none = None
show("not subscriptable func", lambda: show[0])
show("item assign str", lambda: "abc".__class__ and setitem_str())
def setitem_str():
    s = "abc"
    s[0] = "x"
def setitem_tuple():
    t = (1,)
    t[0] = 2
show("item assign tuple", setitem_tuple)
def setitem_range():
    r = range(3)
    r[0] = 1
show("item assign range", setitem_range)
def setitem_frozenset():
    f = frozenset()
    f[0] = 1
show("item assign frozenset", setitem_frozenset)
def del_attr_missing():
    class O:
        pass
    o = O()
    del o.x
show("del attr", del_attr_missing)
