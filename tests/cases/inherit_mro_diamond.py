# Diamond inheritance and C3 linearization
class A:
    def who(self):
        return "A"
    def chain(self):
        return ["A"]

class B(A):
    def who(self):
        return "B"
    def chain(self):
        return ["B"] + super().chain()

class C(A):
    def who(self):
        return "C"
    def chain(self):
        return ["C"] + super().chain()

class D(B, C):
    def chain(self):
        return ["D"] + super().chain()

class E(C, B):
    def chain(self):
        return ["E"] + super().chain()

def names(cls):
    return [k.__name__ for k in cls.__mro__]

for cls in (A, B, C, D, E):
    print(cls.__name__, names(cls), cls().who(), cls().chain())

class F(D):
    pass
print(names(F), F().who())

# which class provides an attribute
def provider(cls, attr):
    for k in cls.__mro__:
        if attr in vars(k):
            return k.__name__
    return None
for attr in ("who", "chain", "__init__", "missing"):
    print(attr, provider(D, attr), provider(E, attr))

class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
print(names(Z), names(W))
try:
    class Bad(Z, W):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
class Ok(B, A):
    pass
print(names(Ok))
