# Default arguments
def greet(name, greeting='Hello', punct='!'):
    return greeting + ', ' + name + punct
print(greet('Ann'), greet('Bob', 'Hi'), greet('Cy', punct='?'), greet(greeting='Yo', name='Di'))
def power(base, exp=2):
    return base ** exp
print([power(i) for i in range(5)], [power(2, e) for e in range(5)])
N = 10
def uses_n(x=N):
    return x
N = 20
print(uses_n(), N)
def show(a, b=None, c=0):
    print('a=%r b=%r c=%r' % (a, b, c))
show(1)
show(1, 2)
show(1, c=3)
show(a=4, b=5, c=6)
try:
    show()
except TypeError as e:
    print('TypeError:', e)
try:
    show(1, 2, 3, 4)
except TypeError as e:
    print('TypeError:', e)
try:
    show(1, d=5)
except TypeError as e:
    print('TypeError:', e)
try:
    show(1, a=2)
except TypeError as e:
    print('TypeError:', e)
