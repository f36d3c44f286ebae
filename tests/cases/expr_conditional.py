# Conditional (ternary) expressions
for n in range(-3, 4):
    s = 'neg' if n < 0 else 'zero' if n == 0 else 'pos'
    print(n, s, n if n > 0 else -n, 'even' if n % 2 == 0 else 'odd')
print([x if x % 3 else 'fizz' for x in range(1, 10)])
f = (lambda x: x * 2) if True else (lambda x: x * 3)
print(f(5))
a = 1 if [] else 2 if {} else 3 if () else 4
print(a)
print((1 if True else 2) + 10, 1 if True else 2 + 10, 1 if False else 2 + 10)
