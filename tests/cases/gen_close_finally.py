# close(), GeneratorExit and cleanup in finally blocks
def resource(name):
    print(f"  open {name}")
    try:
        for i in range(5):
            yield f"{name}:{i}"
    finally:
        print(f"  close {name}")

r = resource("db")
print(next(r), next(r))
r.close()
print("closed; next gives", next(r, "nothing"))
r.close()   # closing again is harmless

gen = resource("file")
for item in gen:
    if item.endswith("2"):
        print("breaking at", item)
        break
print("after loop the generator is still suspended")
gen.close()
print("after explicit close")

def catches_exit():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  got GeneratorExit, cleaning up")
        raise
g = catches_exit()
next(g)
g.close()

def ignores_exit():
    try:
        yield "first"
    except GeneratorExit:
        print("  ignoring GeneratorExit (bad!)")
    yield "second"
g = ignores_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
g.close()
print("second close finishes it:", next(g, "done"))

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "value is discarded by close"
g = returns_on_exit()
next(g)
print("close returns:", g.close())

unstarted = resource("never")
unstarted.close()
print("unstarted generator closed without running")

def nested():
    try:
        yield from resource("inner")
    finally:
        print("  outer finally")
n = nested()
print(next(n))
n.close()

def exhaust_then_close():
    yield 1
e = exhaust_then_close()
print(list(e))
e.close()
print("closing exhausted generator is fine")
