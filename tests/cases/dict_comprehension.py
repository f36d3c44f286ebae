# Dict comprehensions
print({x: x ** 2 for x in range(8)})
print({k: v for k, v in zip('abcde', range(5)) if v % 2 == 0})
print({v: k for k, v in {'a': 1, 'b': 2, 'c': 1}.items()})
words = ['apple', 'bob', 'kayak', 'level', 'python', 'noon']
print({w: w == w[::-1] for w in words})
print({len(w): w for w in words})
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
nested = {i: {j: i + j for j in range(3)} for i in range(3)}
print(nested, nested[2][1])
print({c: 'abcabc'.count(c) for c in 'abcabc'})
