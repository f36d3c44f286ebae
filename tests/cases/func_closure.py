# Nested functions reading enclosing variables
def make_greeter(greeting):
    def greet(name):
        return greeting + ', ' + name
    return greet
hello = make_greeter('Hello')
hi = make_greeter('Hi')
print(hello('Ann'), hi('Bob'))
def make_multiplier(n):
    def mul(x):
        return x * n
    return mul
doubles = make_multiplier(2)
triples = make_multiplier(3)
print([doubles(i) for i in range(5)], [triples(i) for i in range(5)])
def outer():
    x = 'outer'
    def middle():
        def inner():
            return x + ' seen from inner'
        return inner()
    return middle()
print(outer())
def counter_factory(items):
    def count_of(v):
        return items.count(v)
    return count_of
c = counter_factory([1, 2, 2, 3, 3, 3])
print(c(1), c(2), c(3), c(4))
def accumulate(start):
    state = [start]
    def add(v):
        state[0] += v
        return state[0]
    return add
acc = accumulate(100)
print(acc(1), acc(10), acc(100))
def late():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs]
print(late())
def fib_memo():
    memo = {0: 0, 1: 1}
    def fib(n):
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]
    return fib
print(fib_memo()(90))
