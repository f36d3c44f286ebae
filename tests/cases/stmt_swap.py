# Swaps and rotations via tuple assignment
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
lst = [1, 2, 3, 4, 5]
lst[0], lst[-1] = lst[-1], lst[0]
print(lst)
i = 0
i, lst[i] = 2, 99
print(i, lst)
x, y = 1, 2
x, y = y, x + y
print(x, y)
for _ in range(10):
    x, y = y, x + y
print(x, y)
arr = list(range(8))
for k in range(len(arr) // 2):
    arr[k], arr[-1 - k] = arr[-1 - k], arr[k]
print(arr)
