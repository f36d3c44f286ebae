# super() and explicit calls into builtin base-class dunder methods.
class LoudDict(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v * 2)

    def __getitem__(self, k):
        return super().__getitem__(k) + 1

    def __missing__(self, k):
        return f"missing {k}"

    def __repr__(self):
        return "LoudDict(" + super().__repr__() + ")"


d = LoudDict()
d["a"] = 1
print(d["a"], d["zz"], d, len(d), dict.__getitem__(d, "a"), d.get("a"))


class UpperList(list):
    def append(self, x):
        super().append(str(x).upper())

    def __contains__(self, x):
        return super().__contains__(str(x).upper())


u = UpperList(["q"])
u.append("abc")
u.extend(["d"])
print(u, "abc" in u, "q" in u, len(u), u + ["z"], type(u + ["z"]).__name__, isinstance(u, list))


class Tagged:
    def __init__(self, tag):
        self.tag = tag

    def __repr__(self):
        return "Tagged<" + object.__repr__(self)[:15] + ">"

    def __eq__(self, o):
        return isinstance(o, Tagged) and self.tag == o.tag

    def __hash__(self):
        return hash(self.tag)

    def __setattr__(self, k, v):
        object.__setattr__(self, k, v.upper() if isinstance(v, str) else v)


t = Tagged("x")
print(t.tag, repr(t)[:17], t == Tagged("X"), {t: 1}[Tagged("x")], object.__eq__(t, t), object.__eq__(t, 1))
print(object.__ne__(t, t), object.__str__(5), object.__repr__(5)[:12], int.__repr__(7), str.__str__("s"))


class H:
    __hash__ = object.__hash__

    def __eq__(self, o):
        return self is o


h = H()
print(hash(h) == object.__hash__(h), h in {h}, H() in {h}, type(object.__hash__(h)).__name__)


class Sub(int):
    def __add__(self, o):
        return Sub(super().__add__(o) * 10)

    def __repr__(self):
        return f"Sub({int.__repr__(self)})"


print(Sub(2) + 3, Sub(2) + Sub(1), 3 + Sub(2), int(Sub(5)), Sub(5) == 5, hash(Sub(5)) == hash(5))


class Name(str):
    def __new__(cls, v):
        return super().__new__(cls, v.strip().title())

    def greet(self):
        return "Hi " + self


n = Name("  ada lovelace ")
print(n, repr(n), n.greet(), len(n), n.upper(), type(n.upper()).__name__, isinstance(n, str), n == "Ada Lovelace")


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]


p = Pair(1, 2)
print(p, p.first, p + (3,), len(p), Pair.__mro__[1].__name__, p == (1, 2), hash(p) == hash((1, 2)))


class Err(Exception):
    def __str__(self):
        return "Err: " + super().__str__()


print(str(Err("a")), repr(Err("a")), Err("a", "b"), Err())
