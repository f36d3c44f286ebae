# Truthiness: __bool__, __len__ fallback, errors
class Empty:
    pass
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print(f"  __bool__ -> {self.on}")
        return self.on
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print(f"  __len__ -> {self.n}")
        return self.n
class Both:
    def __bool__(self):
        print("  Both.__bool__")
        return False
    def __len__(self):
        print("  Both.__len__")
        return 10

print(bool(Empty()))
print(bool(Flag(True)), bool(Flag(False)))
print(bool(Sized(0)), bool(Sized(3)), len(Sized(4)))
print(bool(Both()), len(Both()))
if Flag(False):
    print("not reached")
else:
    print("else branch")
print("and:", Flag(True) and "second")
print("or:", Sized(0) or "fallback")
print("not:", not Sized(2))
x = Flag(False)
while x:
    pass
print([bool(s) for s in (Sized(0), Sized(1))])
print(list(filter(None, [Sized(0), Sized(2), Flag(True), Flag(False)]))[0].n)
print(any([Flag(False), Flag(True), Flag(True)]))
print(all([Sized(1), Sized(0), Sized(5)]))
print("ternary", "yes" if Sized(1) else "no")

class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print("ValueError:", e)
try:
    bool(NegLen())
except ValueError as e:
    print("ValueError:", e)
class FloatLen:
    def __len__(self):
        return 2.0
try:
    len(FloatLen())
except TypeError as e:
    print("TypeError:", e)
class BigLen:
    def __len__(self):
        return 2 ** 70
try:
    len(BigLen())
except OverflowError as e:
    print("OverflowError:", e)
try:
    len(Empty())
except TypeError as e:
    print("TypeError:", e)
