# Bound and unbound method behaviour
class Counter:
    def __init__(self, start=0):
        self.value = start

    def inc(self, by=1):
        self.value += by
        return self

    def get(self):
        return self.value


c = Counter()
d = Counter(100)
inc_c = c.inc
inc_c()
inc_c(5)
print("c", c.get(), "d", d.get())
Counter.inc(d, 7)
print("d", d.get())

# methods stored in containers
ops = [c.inc, d.inc, c.inc]
for op in ops:
    op(2)
print(c.get(), d.get())

# bound methods compare equal when same function and same instance
print(c.inc == c.inc, c.inc == d.inc, c.inc is c.inc)

# chain returns self
print(Counter(1).inc().inc(10).inc(100).get())

# calling a method without an instance
try:
    Counter.get()
except TypeError as e:
    print("TypeError:", e)

# too many arguments
try:
    c.get(1)
except TypeError as e:
    print("TypeError:", e)

try:
    c.inc(1, 2)
except TypeError as e:
    print("TypeError:", e)

try:
    c.inc(step=3)
except TypeError as e:
    print("TypeError:", e)

# map over a bound method
values = [Counter(i) for i in range(5)]
print(list(map(Counter.get, values)))
getters = [v.get for v in values]
print([g() for g in getters])
for v in values:
    v.inc(v.get())
print([v.value for v in values])
# function defined outside and attached to class becomes a method
def double(self):
    self.value *= 2
    return self.value
Counter.double = double
print(values[3].double(), values[4].double())
# function attached to an instance is NOT bound
values[0].triple = lambda x: x * 3
print(values[0].triple(7))
