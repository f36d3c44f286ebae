# object.__init__/object.__new__ extra-argument errors, CPython 3.11 messages
class A:
    pass
for f in [lambda: A(1), lambda: object.__init__(A(), 1), lambda: object.__new__(A, 1)]:
    try: f()
    except TypeError as e: print(e)
class B:
    def __init__(self, x): super().__init__(x)
class C:
    def __new__(cls, x): return super().__new__(cls, x)
class D:
    def __new__(cls, x):
        o = super().__new__(cls)
        return o
class E:
    def __init__(self, x): super().__init__()
for f in [lambda: B(1), lambda: C(1), lambda: D(1), lambda: E(1), lambda: E(1, 2)]:
    try: print(type(f()).__name__)
    except TypeError as e: print(e)
