# The classic C3 example from the Python MRO documentation
class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass

def mro(cls):
    return " ".join(k.__name__ for k in cls.__mro__)

for cls in (A, B, C, D, E, F, O):
    print(f"{cls.__name__}: {mro(cls)}")

class K1(O): pass
class K2(O): pass
class K3(O): pass
class K1b(K1): pass
class Z1(K1, K2, K3): pass
class Z2(K3, K2, K1b): pass
print("Z1:", mro(Z1))
print("Z2:", mro(Z2))

# a mixin-heavy hierarchy
class Base:
    def hello(self):
        return ["Base"]
class LogMixin(Base):
    def hello(self):
        return ["Log"] + super().hello()
class CacheMixin(Base):
    def hello(self):
        return ["Cache"] + super().hello()
class AuthMixin(Base):
    def hello(self):
        return ["Auth"] + super().hello()
class Service(LogMixin, CacheMixin, AuthMixin):
    def hello(self):
        return ["Service"] + super().hello()
print(mro(Service), "|", Service().hello())
try:
    class Broken(LogMixin, Service):
        pass
except TypeError as e:
    print("Broken:", str(e).replace("\n", " "))
class Fine(Service, LogMixin):
    pass
print(mro(Fine), Fine().hello())
class Special(Service, AuthMixin):
    def hello(self):
        return ["Special"] + super().hello()
print(mro(Special), Special().hello())
print([issubclass(Special, k) for k in (Base, LogMixin, CacheMixin, AuthMixin, Fine)])
