# Class-body scoping: class attributes are not visible inside methods without self/cls
x = "global x"

class Example:
    x = "class x"
    y = x + " (read in body)"          # class body sees its own names
    def method(self):
        return x                       # skips the class scope -> global x
    def method_self(self):
        return self.x
    @classmethod
    def method_cls(cls):
        return cls.x
    def method_by_name(self):
        return Example.x

e = Example()
print(Example.y)
print(e.method(), "|", e.method_self(), "|", e.method_cls(), "|", e.method_by_name())

class UsesUndefined:
    limit = 10
    def check(self, n):
        try:
            return n < limit
        except NameError as err:
            return f"NameError: {err}"
print(UsesUndefined().check(5))

def make():
    local_value = "function local"
    class Inner:
        seen = local_value               # class body sees enclosing function locals
        def get(self):
            return local_value           # methods see them too (closure)
    return Inner
I = make()
print(I.seen, "|", I().get())

def tricky():
    v = "function v"
    class C:
        v = "class v"
        def m(self):
            return v                     # enclosing function scope, not class scope
        w = v                            # class scope
    return C().m(), C.w
print(tricky())

class Counter:
    count = 0
    def bump(self):
        self.count += 1                  # creates instance attribute shadowing class attr
        return self.count, Counter.count
c = Counter()
print(c.bump(), c.bump(), Counter.count)

class Lambdas:
    factor = 3
    try:
        times = [(lambda v: v * factor)(i) for i in range(3)]
    except NameError as err:
        times = f"NameError in comprehension: {err}"
    direct = (lambda f: [f * i for i in range(3)])(factor)
print(Lambdas.times)
print(Lambdas.direct)

class Nested:
    a = 1
    class Inner:
        try:
            b = a + 1
        except NameError as err:
            b = f"NameError: {err}"
print(Nested.Inner.b)
