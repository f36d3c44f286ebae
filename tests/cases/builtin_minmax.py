# min/max with iterables, multiple args, key= and default=
print(min(3, 1, 2), max(3, 1, 2), min([5, 4, 9]), max((5, 4, 9)), min('hello'), max({3: 'a', 7: 'b'}))
print(min([1.5, -2, 0]), max([True, 2, 1.5]), min('b', 'a', 'c'), max([[1, 2], [1, 3], [0]]))
words = ['kiwi', 'fig', 'banana', 'apple', 'date']
print(min(words, key=len), max(words, key=len), min(words, key=lambda w: w[-1]), max(words, key=lambda w: (len(w), w)))
print(min([], default='empty'), max([], default=None), min([7], default=0), max((), key=abs, default=-1))
print(max([-5, 3, -9], key=abs), min([-5, 3, -9], key=abs), max(-5, 3, -9, key=abs))
print(max([1, 3, 3.0, 2]), max([3.0, 1, 3]), min([2, 1, 1.0]), min([1.0, 2, 1]))
print(max(range(10), key=lambda x: x % 4), min(range(10), key=lambda x: -(x % 4)))
for bad in [[], ()]:
    try:
        max(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    min([])
except ValueError as e:
    print('ValueError:', e)
try:
    max(1)
except TypeError as e:
    print('TypeError:', e)
try:
    max(1, 'a')
except TypeError as e:
    print('TypeError:', e)
