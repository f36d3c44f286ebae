# *args collection and star-call unpacking
def total(*nums):
    return sum(nums), len(nums), nums
print(total(), total(1), total(1, 2, 3))
def head_tail(first, *rest):
    return first, rest
print(head_tail(1), head_tail(1, 2, 3), head_tail(*'abc'))
args = [3, 4]
print(total(*args), total(*args, 5, *range(2)), total(*()))
def fmt(sep, *items):
    return sep.join([str(i) for i in items])
print(fmt('-', 1, 2, 3), fmt(', ', *'xyz'), fmt('+'))
def maxof(*a):
    if not a:
        return None
    m = a[0]
    for x in a[1:]:
        if x > m:
            m = x
    return m
print(maxof(), maxof(3, 9, 2), maxof(*[5, -1, 7, 7]))
print(*[1, 2], *(3,), sep='|')
def passthrough(*args, **kwargs):
    return target(*args, **kwargs)
def target(a, b, c=0):
    return a * 100 + b * 10 + c
print(passthrough(1, 2), passthrough(1, b=2, c=3), passthrough(*[4, 5], **{'c': 6}))
