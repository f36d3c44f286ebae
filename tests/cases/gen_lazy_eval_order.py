# Evaluation order in generator pipelines (each item flows through before the next)
def source(items):
    for x in items:
        print(f"  source -> {x}")
        yield x

def double(it):
    for x in it:
        print(f"  double {x}")
        yield x * 2

def keep_big(it, limit):
    for x in it:
        if x > limit:
            print(f"  keep {x}")
            yield x
        else:
            print(f"  drop {x}")

pipe = keep_big(double(source([1, 5, 2, 8])), 5)
print("pipeline built, nothing has run")
for v in pipe:
    print("consumer got", v)

print("-- list comprehension version runs each stage completely")
stage1 = [x for x in source([1, 5])]
stage2 = [x * 2 for x in stage1]
print(stage2)

print("-- breaking early stops upstream work")
for v in double(source(range(100))):
    if v >= 4:
        print("stop at", v)
        break

print("-- generator expression chain")
g = (y + 1 for y in (x * x for x in source([3, 4])))
print(list(g))
