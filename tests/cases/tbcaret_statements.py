import traceback
def t(f):
    try:
        f()
    except Exception:
        print(traceback.format_exc().replace(__file__, "F"))
def a():
    for x in 5: pass
def b():
    x = [i for i in 5]
def c():
    d = {}
    d["a"] += 1
def d():
    with 5: pass
def e():
    assert 1 == 2, "msg"
def f():
    s = f"{1 / 0}"
def g():
    x, y = [1, 2, 3]
def h():
    import math
    return math.sqrt(-1) + 2
def i():
    lst = [1]
    lst[0].foo = 2
def j():
    return len(5) if True else None
def k():
    class K:
        x = 1 / 0
def l():
    q = not_defined.attr
def m():
    return {1: 2}[3]
def n():
    x = 1
    x.y.z = 3
def o():
    print("a" "b", 1 + "x")
def p():
    return -"x"
def q():
    return (lambda: 1/0)()
def r():
    yield 1/0
def s():
    x = [1,2,3]
    return x[1:2:0]
for fn in [a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,lambda: list(r()),s]:
    t(fn)
