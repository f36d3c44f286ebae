# Comprehension scoping and late binding of lambdas
x = 'global x'
squares = [x * x for x in range(5)]
print(squares, x)
fs = [lambda: i for i in range(4)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(4)]
print([g() for g in gs])
hs = [lambda n, i=i: n + i for i in range(3)]
print([h(10) for h in hs])
def make_adders():
    out = []
    for k in range(3):
        out.append(lambda v: v + k)
    return out
print([a(100) for a in make_adders()])
def make_adders2():
    return [(lambda k: (lambda v: v + k))(k) for k in range(3)]
print([a(100) for a in make_adders2()])
offset = 10
print([n + offset for n in range(3)])
offset = 20
print([n + offset for n in range(3)])
m = [[(r, c) for c in range(r)] for r in range(4)]
print(m)
print({k: [k * j for j in range(k)] for k in range(4)})
