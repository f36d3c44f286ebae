# Assignment expressions (walrus)
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print('long list', n)
print([y for x in data if (y := x * 2) > 6])
print(y)
vals = iter([5, 4, 0, 7])
while (v := next(vals)) != 0:
    print('v', v)
print('stopped at', v)
total = 0
print([total := total + x for x in range(6)], total)
def f(x):
    return x * x
print([(x, fx) for x in range(6) if (fx := f(x)) % 2 == 0])
if (m := {'a': 1}.get('b')) is None:
    print('missing', m)
print((z := 10) + z)
