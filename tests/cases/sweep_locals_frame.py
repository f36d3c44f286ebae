def f():
    x = 1
    d = locals()
    d["extra"] = 42
    y = 2
    d2 = locals()
    print(sorted(d2.items()))
    print(d is d2)
    print("extra" in locals())
f()
def g(a, b=3):
    loc = locals()
    loc["zz"] = 1
    c = a + b
    print(sorted(locals()))
g(1)
def h():
    v = 1
    l1 = locals()
    del v
    l2 = locals()
    print(sorted(l2))
h()
class C:
    a = 1
    print(sorted(locals()))
print(sorted(k for k in locals() if not k.startswith("__")))
def loop():
    for i in range(3):
        d = locals()
        d.setdefault("count", 0)
        d["count"] += 1
    print(locals()["count"], sorted(locals()))
loop()
def outer():
    n = 5
    def inner():
        m = n
        locals()["tag"] = "x"
        return locals()
    return inner()
print(outer())
def gen():
    a = 1
    locals()["b"] = 2
    yield sorted(locals().items())
    c = 3
    yield sorted(locals().items())
print(list(gen()))
print(str.upper, list.append, dict.fromkeys.__qualname__, str.upper.__qualname__, str.upper.__name__)
print("ab".upper.__qualname__, [].append.__name__)
class MyStr(str):
    pass
print(str.upper(MyStr("abc")), str.__len__(MyStr("xy")))
print(int.__new__(int, 5), str.__new__(MyStr, "q"))
