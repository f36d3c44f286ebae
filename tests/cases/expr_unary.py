# Unary operators on all numeric kinds
for v in [0, 1, -1, 5, -5, 2**64, -(2**64), 0.5, -0.0, True, False]:
    r = [+v, -v]
    if not isinstance(v, float):
        r.append(~v)
    r.append(not v)
    print(repr(v), r)
print(- - -1, not not 0, ~~~0, -(-(-2.5)))
