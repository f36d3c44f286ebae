# Laziness and short-circuiting of generator expressions, visible through side effects
def check(x):
    print(f"  check({x})")
    return x > 2

nums = [1, 3, 5, 0, 2]
print("any:", any(check(x) for x in nums))
print("all:", all(check(x) for x in nums))
print("any over list comp (eager):", any([check(x) for x in nums]))

def source(n):
    for i in range(n):
        print(f"  produce {i}")
        yield i

g = (x * 10 for x in source(4))
print("generator created")
print("first", next(g))
print("second", next(g))
print("rest", list(g))

print("next with filter:", next(x for x in source(10) if x >= 2))

# only the first iterable is evaluated eagerly
def make_list(tag):
    print(f"  evaluating iterable {tag}")
    return [1, 2]
gen = (a + b for a in make_list("outer") for b in make_list("inner"))
print("created nested genexp")
print(list(gen))

# in-operator on a generator consumes up to the match
g = source(6)
print("3 in g:", 3 in g)
print("remaining:", list(g))

# zip stops at the shortest input, and pulls from left to right
a = source(3)
b = iter([10, 20])
print(list(zip(a, b)))
print("a left over:", list(a))
print("min/max evaluate everything:", min(check(x) for x in [5, 1]))
