# Bitwise operator dunders on a flag-set class
class Perm:
    NAMES = ["read", "write", "exec", "admin"]
    def __init__(self, bits=0):
        self.bits = bits
    @classmethod
    def of(cls, *names):
        bits = 0
        for n in names:
            bits |= 1 << cls.NAMES.index(n)
        return cls(bits)
    def __or__(self, other):
        return Perm(self.bits | int(other))
    __ror__ = __or__
    def __and__(self, other):
        return Perm(self.bits & int(other))
    __rand__ = __and__
    def __xor__(self, other):
        return Perm(self.bits ^ int(other))
    def __invert__(self):
        return Perm(~self.bits & 0b1111)
    def __sub__(self, other):
        return self & ~other
    def __lshift__(self, n):
        return Perm((self.bits << n) & 0b1111)
    def __rshift__(self, n):
        return Perm(self.bits >> n)
    def __int__(self):
        return self.bits
    def __index__(self):
        return self.bits
    def __contains__(self, name):
        return bool(self.bits & (1 << self.NAMES.index(name)))
    def __iter__(self):
        return (n for i, n in enumerate(self.NAMES) if self.bits >> i & 1)
    def __eq__(self, other):
        return int(self) == int(other)
    def __hash__(self):
        return self.bits
    def __bool__(self):
        return self.bits != 0
    def __repr__(self):
        return "Perm(" + "|".join(self) + ")" if self.bits else "Perm()"

r, w, x = Perm.of("read"), Perm.of("write"), Perm.of("exec")
rw = r | w
print(r, w, rw, rw | x, int(rw | x))
print(rw & w, rw & x, rw ^ r, ~rw, rw - r, ~Perm())
print("read" in rw, "exec" in rw, list(rw | x), bool(rw & x))
print(r << 1, r << 3, Perm(0b1000) >> 2, rw | 8, 8 | rw, 3 & Perm.of("write", "admin"))
print(bin(rw), hex(Perm.of("admin", "read")), [0, 10, 20, 30][Perm(2)])
print(rw == 3, rw == Perm(3), {rw: "rw"}[Perm(3)])
perms = {}
for user, names in [("ann", ["read"]), ("bob", ["read", "write"]), ("cy", ["admin", "exec"])]:
    perms[user] = Perm.of(*names)
for user, p in perms.items():
    print(user, p, "can write" if "write" in p else "read-only" if p == r else "special")
combined = Perm()
for p in perms.values():
    combined |= p
print(combined, combined == Perm(15))
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 10, 1024 >> 3, -16 >> 2, True & False, True | False, True ^ True)
