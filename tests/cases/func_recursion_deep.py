# Recursion around depth 500 (below CPython's default limit of 1000)
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(10), depth(100), depth(500), depth(900))
def sum_list(lst, i=0):
    if i == len(lst):
        return 0
    return lst[i] + sum_list(lst, i + 1)
print(sum_list(list(range(600))))
def count_down(n, acc):
    if n == 0:
        return acc
    acc.append(n)
    return count_down(n - 1, acc)
r = count_down(500, [])
print(len(r), r[:5], r[-5:])
def build(n):
    return [] if n == 0 else [build(n - 1)]
def measure(x):
    return 0 if not x else 1 + measure(x[0])
print(measure(build(400)))
