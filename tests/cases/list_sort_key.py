# Sorting with key functions and reverse
words = ['banana', 'Apple', 'cherry', 'date', 'Elderberry', 'fig', 'grape', 'kiwi']
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: w[-1]))
nums = [-5, 3, -1, 4, -2, 0, 2]
print(sorted(nums, key=abs), sorted(nums, key=abs, reverse=True), sorted(nums, key=lambda x: -x))
pairs = [('b', 2), ('a', 2), ('c', 1), ('d', 3), ('e', 1)]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[1], reverse=True))
people = [{'name': 'Al', 'age': 30}, {'name': 'Bo', 'age': 25}, {'name': 'Cy', 'age': 30}]
people.sort(key=lambda p: p['age'])
print([p['name'] for p in people])
def last_digit(n):
    return n % 10
print(sorted(range(30, 0, -3), key=last_digit))
print(max(words, key=len), min(words, key=len), max(nums, key=abs), min(nums, key=abs))
