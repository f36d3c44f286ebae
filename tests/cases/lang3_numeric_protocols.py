# Numeric conversion dunders (__index__, __int__, __float__, __round__, ...), reflected and fallback operator dispatch
class N:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __int__(self): return self.v + 1
    def __float__(self): return self.v + 0.5
    def __round__(self, nd=None): return f"round{nd}"
    def __trunc__(self): return 7
    def __floor__(self): return 8
    def __ceil__(self): return 9
    def __divmod__(self, o): return ("dm", o)
    def __rdivmod__(self, o): return ("rdm", o)
    def __rpow__(self, o): return ("rpow", o)
    def __complex__(self): return complex(1, 2)
    def __lshift__(self, o): return ("lsh", o)
    def __rand__(self, o): return ("rand", o)
    def __xor__(self, o): return ("xor", o)
    def __bool__(self): return self.v != 0
n = N(3)
import math
print([10, 20, 30, 40][n], "abcdef"[N(1):N(4)], bin(n), hex(n), oct(n), range(10)[n])
print(int(n), float(n), round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n))
print(divmod(n, 2), divmod(2, n), 2 ** n, complex(n), n << 1, 1 & n, n ^ 5)
import operator
print(operator.index(n))
print(list(range(N(2))), [0] * N(2), "ab" * N(2))
class Sub(int):
    def __radd__(self, o): return "Sub.radd"
    def __add__(self, o): return "Sub.add"
print(1 + Sub(2), Sub(2) + 1)
class A:
    def __eq__(self, o): return "A.eq"
class B(A):
    def __eq__(self, o): return "B.eq"
print(A() == B(), B() == A())
class G:
    def __gt__(self, o): return "G.gt"
class L:
    pass
print(L() < G())
try: L() < L()
except TypeError as e: print(e)
class C:
    def __iter__(self): return iter([1, 2, 3])
print(2 in C(), 5 in C())
class M:
    def __mul__(self, o): return "mul"
print(M() * 3)
try: 3 * M()
except TypeError as e: print(e)
class R:
    def __rsub__(self, o): return f"rsub {o}"
print(5 - R(), [1] - R())
class I:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return "fallback add"
x = I(); x += 1; print(x)
print(abs(-N(2).v), -(-3))
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Cmp({self.v})"
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), min(Cmp(5), Cmp(4)), Cmp(1) > Cmp(0))
try: Cmp(1) <= Cmp(2)
except TypeError as e: print(e)
