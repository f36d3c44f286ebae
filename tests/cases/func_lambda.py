# Lambdas in various roles
sq = lambda x: x * x
print(sq(7), (lambda: 'no args')(), (lambda a, b=10: a + b)(1), (lambda *a: len(a))(1, 2, 3), (lambda **k: sorted(k))(z=1, a=2))
pairs = [(1, 'one'), (3, 'three'), (2, 'two')]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: -p[0]))
print(list(map(lambda x: x * 2, range(5))), list(filter(lambda x: x % 3 == 0, range(20))))
make_mul = lambda n: lambda x: x * n
print(make_mul(3)(4), [make_mul(i)(10) for i in range(4)])
cond = lambda x: 'big' if x > 10 else 'small'
print(cond(5), cond(50))
print((lambda x, y: (y, x))(1, 2))
fns = {'sq': lambda x: x ** 2, 'neg': lambda x: -x}
print({k: f(5) for k, f in fns.items()})
print(max(['apple', 'kiwi', 'banana'], key=lambda s: s.count('a')))
