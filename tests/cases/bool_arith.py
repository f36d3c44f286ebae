# Arithmetic with bools
print(True + True, True - False, True * 10, False * 10, True / 2, True // 2, True % 2, True ** 5)
print(-True, ~True, +False, abs(-True), True + 0.5)
print(sum([True, True, False, True]), sum([x > 2 for x in range(10)]))
print(True == 1, False == 0, True is True, True != 2, True + True == 2)
print(type(True).__name__, type(True + True).__name__, type(True & True).__name__, type(True & 1).__name__)
print(True & False, True | False, True ^ True, False ^ True)
print([True] * 3, (False,) * 2)
vals = [True, False]
for a in vals:
    for b in vals:
        print(a, b, a and b, a or b, not a, a + b, a * b, a == b, a < b, a > b)
print(str(True), repr(False), f"{True}", f"{True:d}", f"{False:>6}", "%d" % True, "%s" % False)
print(int(True), float(False), str(True).upper())
l = ['a', 'b', 'c']
print(l[True], l[False], l[-True])
print(divmod(True, True), pow(True, 10), max(True, 0), min(False, -1))
