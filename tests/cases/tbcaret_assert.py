import traceback
def t(f):
    try:
        f()
    except Exception:
        print("".join(traceback.format_exc().splitlines(True)[-3:]))
x = 0
y = 1
def a(): assert x, "m"
def b(): assert x == 1
def c(): assert x == 1, "m"
def d(): assert y < x < 2
def e(): assert x and y
def f(): assert y and x == 3
def g(): assert not y
def h(): assert len("")
def i(): assert x is None, "m"
def j(): assert (x)
for fn in [a,b,c,d,e,f,g,h,i,j]:
    t(fn)
