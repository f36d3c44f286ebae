# A loop over iter(g) must not close g: other code resumes it after break.
def gen():
    try:
        for i in range(6):
            yield i
    finally:
        print("gen finally")

g = gen()
for x in iter(g):
    if x == 1:
        break
print("after break", next(g))
for x in enumerate(g):
    if x[1] == 3:
        break
print("still open", next(g))

def fresh():
    for x in gen():
        if x == 2:
            return x
print("fresh", fresh())
print([y for y in g])
