# Ends with a failing assert (uncaught AssertionError with message)
def check_sorted(lst):
    for i in range(len(lst) - 1):
        assert lst[i] <= lst[i + 1], f'not sorted at index {i}: {lst[i]} > {lst[i + 1]}'
    return True
print(check_sorted([1, 2, 3]))
print(check_sorted([]))
print(check_sorted([1, 5, 4]))
