# Overriding methods of builtin subclasses: which builtin operations use the overrides
class LoudDict(dict):
    def __setitem__(self, key, value):
        print(f"  __setitem__({key!r})")
        super().__setitem__(key, value.upper() if isinstance(value, str) else value)
    def __getitem__(self, key):
        print(f"  __getitem__({key!r})")
        return super().__getitem__(key)

d = LoudDict(a="x")          # the constructor does not call __setitem__
print(d)
d["b"] = "y"
d.update(c="z")               # update does not call __setitem__
d.setdefault("e", "w")        # neither does setdefault
print(d)
print(d["b"], d.get("b"))     # get does not call __getitem__
print([k for k in d], list(d.values()))

class LenList(list):
    def __len__(self):
        return 42
ll = LenList([1, 2, 3])
print(len(ll), bool(LenList()), list(ll), sum(ll))

class UpperStr(str):
    def upper(self):
        return "overridden upper"
    def __len__(self):
        return 0
u = UpperStr("abc")
print(u.upper(), str.upper(u), len(u), u + "d", bool(u))

class CountingList(list):
    appends = 0
    def append(self, item):
        CountingList.appends += 1
        super().append(item)
cl = CountingList()
cl.append(1)
cl += [2, 3]                  # extend path, no append calls
cl.extend([4])
cl.insert(0, 0)
print(cl, CountingList.appends)

class IterReversed(list):
    def __iter__(self):
        return iter(list.__reversed__(self))
ir = IterReversed([1, 2, 3])
print(list(ir), [x for x in ir], ir[0], str(ir), sorted(ir), max(ir), tuple(ir))
