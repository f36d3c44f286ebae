# Functions vs methods: attributes, identity, callability
class K:
    def m(self, a, b=2):
        """adds things"""
        return a + b

    def n(self):
        return "n"

k = K()
print(K.m.__name__, K.m.__qualname__, K.m.__doc__, K.m.__defaults__)
print(k.m.__name__, k.m.__doc__, k.m.__func__ is K.m)
print(callable(K.m), callable(k.m), callable(k), callable(K))
print(k.m(1), k.m(1, 1), K.m(k, 5))
bound = k.m
k2 = K()
print(bound.__self__ is k, bound.__self__ is k2)
print(k.m == k.m, k.m == k2.m, k.m != k.n)
fns = [K.m, K.n]
print([f.__name__ for f in fns])
print(type(K.__dict__["m"]).__name__, type(k.m).__name__)
print(K.__dict__["m"] is K.m)
meths = sorted(name for name, v in vars(K).items() if callable(v) and not name.startswith("__"))
print(meths)
