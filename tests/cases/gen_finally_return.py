# Generators with try/finally, return inside try, and yielding inside finally
def g1():
    try:
        yield 1
        return "early"
        yield 2
    finally:
        print("  g1 finally")
print(list(g1()))

def g2():
    try:
        yield "body"
    finally:
        yield "from finally"
print(list(g2()))

def g3():
    for i in range(3):
        try:
            if i == 1:
                continue
            yield i
        finally:
            print(f"  g3 finally {i}")
print(list(g3()))

def g4():
    try:
        yield 1
        raise KeyError("inside")
    except KeyError as e:
        yield f"handled {e}"
    else:
        yield "no error"
    finally:
        yield "cleanup"
print(list(g4()))

def g5(n):
    try:
        for i in range(n):
            yield i
    finally:
        print(f"  g5 done after {n}")
total = 0
for v in g5(4):
    total += v
print("total", total)
gen = g5(10)
print(next(gen), next(gen))
gen.close()

def g6():
    try:
        yield 1
    finally:
        return "finally return"
g = g6()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value from finally:", e.value)
