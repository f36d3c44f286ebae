# StopIteration from next() and manual iteration protocol
it = iter([1, 2])
vals = []
while True:
    try:
        vals.append(next(it))
    except StopIteration:
        break
print(vals)
try:
    next(iter(()))
except StopIteration as e:
    print('empty StopIteration', repr(e), e.args)
def first(seq):
    it = iter(seq)
    try:
        return next(it)
    except StopIteration:
        return 'empty'
print(first([9, 8]), first(''), first(range(0)), first({5: 1}))
e = StopIteration('value')
print(e.args, str(e))
