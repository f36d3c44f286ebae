# __contains__ results converted to bool, __missing__ on dict subclasses, __eq__ overrides on str/int subclasses in containers
class C:
    def __contains__(self, x): return x
print(1 in C(), 0 in C(), "" in C(), "a" not in C())
class D(dict):
    def __missing__(self, k): return k * 2
d = D(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d)
class E(dict):
    def __contains__(self, k): return True
print("q" in E(), E().get("q"))
class Str(str):
    def __eq__(self, o): return True
    __hash__ = str.__hash__
print(Str("a") == "b", "b" == Str("a"), {Str("a"): 1}.get("a"))
class Num(int):
    def __eq__(self, o): return False
    __hash__ = int.__hash__
print(Num(1) == 1, 1 == Num(1), Num(1) in [1], [1].count(Num(1)))
class L(list):
    def __contains__(self, x): return "always"
print(5 in L())
