# Generator edge cases: close with yield in finally, throw into unstarted, gi_running, delegation.
def stubborn():
    try:
        yield 1
    finally:
        yield 2
g = stubborn(); next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def simple():
    yield 1
g = simple()
try:
    g.throw(ValueError("unstarted"))
except ValueError as e:
    print("thrown:", e)
print(next(g, "exhausted"))
g = simple()
print(g.gi_running, g.gi_frame is not None, next(g))
def me():
    yield g2.gi_running
g2 = me(); print(next(g2))
def self_next():
    yield next(g3)
g3 = self_next()
try:
    next(g3)
except ValueError as e:
    print("ValueError:", e)
def ret_gen():
    return (yield from [1, 2])
print(list(ret_gen()))
def sub():
    try:
        yield 1
        yield 2
    except KeyError:
        yield "sub caught"
    return "subret"
def main():
    r = yield from sub()
    yield r
m = main(); print(next(m), m.throw(KeyError), next(m))
def echo():
    val = None
    while True:
        try:
            val = yield val
        except GeneratorExit:
            print("echo closing")
            raise
e = echo(); next(e); print(e.send("hi")); e.close()
def genexc():
    yield 1
    raise ValueError("inside")
gg = genexc()
print(next(gg))
try:
    next(gg)
except ValueError as e:
    print(e)
print(next(gg, "done"))
def infinite():
    i = 0
    while True:
        i += 1
        yield i
for v in infinite():
    if v > 3: break
print(v)
pipeline = (x * 2 for x in (y + 1 for y in range(5)) if x % 2)
print(list(pipeline))
def lazy_chain(*its):
    for it in its:
        yield from it
print(list(lazy_chain("ab", [1], range(2))), type(lazy_chain()).__name__)
gen_exp = (i for i in range(3))
print(sum(gen_exp), sum(gen_exp))
