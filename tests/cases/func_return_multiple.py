# Returning tuples, early returns, implicit None
def minmax(lst):
    if not lst:
        return None
    return min(lst), max(lst)
print(minmax([3, 1, 4, 1, 5]), minmax([]))
lo, hi = minmax([10, -10, 5])
print(lo, hi)
def find_first_neg(lst):
    for i, v in enumerate(lst):
        if v < 0:
            return i, v
print(find_first_neg([1, 2, -3, -4]), find_first_neg([1]))
def stats(nums):
    n = len(nums)
    mean = sum(nums) / n
    var = sum([(x - mean) ** 2 for x in nums]) / n
    return n, mean, var
print(stats([2, 4, 4, 4, 5, 5, 7, 9]))
def nothing(x):
    if x:
        return
    x = 5
print(nothing(1), nothing(0))
