import operator as op
lst = [1]
print(op.iadd(lst, [2]), lst, op.iadd(3, 4), op.isub(10, 3), op.imul([0], 3), op.iand(12, 10), op.ior(12, 3))
print(op.ixor(5, 1), op.ifloordiv(7, 2), op.itruediv(7, 2), op.imod(7, 4), op.ipow(3, 3), op.ilshift(1, 5), op.irshift(64, 2))
s = "ab"
print(op.iconcat(s, "cd"), s, op.call(max, 3, 9, 2), op.length_hint([1, 2, 3]), op.length_hint(iter([]), 5) >= 0)
print(op.inv(5), op.invert(0), op.lshift(3, 2), op.rshift(16, 3), op.__add__(1, 2), op.__lt__(1, 2))
d = {"a": 1}
op.delitem(d, "a")
print(d, op.countOf("banana", "a"), op.indexOf("banana", "n"))
try:
    op.indexOf([1], 2)
except ValueError as e:
    print("ValueError", e)
print(sorted(["b", "A", "c"], key=op.methodcaller("lower")))
print(list(map(op.itemgetter(slice(1, None)), ["abc", "xyz"])))
