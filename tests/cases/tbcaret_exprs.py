import traceback
def t(f):
    try:
        f()
    except Exception:
        print(traceback.format_exc().replace(__file__, "F"))
class O:
    def m(self): return self
def a():
    o = O()
    r = (o
         .m()
         .nope())
def b():
    o = O()
    r = (o
         .nope)
def c():
    o = O()
    r = o.m(
        1)
def d():
    x = 0
    assert x
def e():
    d = {}
    d.x += 1
def f():
    print(undefined)
def g():
    return max(1, key=5)
def h():
    with open("/nonexistent/x") as fh: pass
def i():
    t = (1, 2)
    t[0] += 1
def j():
    x = [1]
    return x[
        5]
def k():
    return [1][0] + [2][1]
def l():
    d = {"a": 1}
    return d["a"] + d["b"]
def m():
    return int("x") if 1 else 0
def n():
    x = 1; y = x / 0
def o():
    return O().m().m().nope
for fn in [a,b,c,d,e,f,g,h,i,j,k,l,m,n,o]:
    t(fn)
