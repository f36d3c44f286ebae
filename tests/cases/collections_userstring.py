from collections import UserString, UserDict, UserList, ChainMap, OrderedDict


class Shout(UserString):
    def shout(self):
        return self.upper() + "!"


s = Shout("hello world")
print(s, repr(s), len(s), s[0], s[1:5], s.shout(), type(s.upper()).__name__)
print(s + "x", "x" + s, s * 2, s == "hello world", "world" in s, s.split(), s.count("o"))
print(s.replace("world", "there"), s.title(), s.find("o"), s.startswith("he"), list(reversed(Shout("abc"))))
print([c for c in Shout("xyz")], sorted(Shout("cab")), Shout("a") < Shout("b"), hash(Shout("q")) == hash("q"))
print(s.center(15, "*"), s.zfill(13), s.encode(), s.format_map if False else s.isalpha(), Shout("  x ").strip())
d = UserDict(a=1)
d["b"] = 2
print(d, len(d), d.get("c", 3), sorted(d))
l = UserList([3, 1, 2])
l.sort()
print(l, l + [4], l[0])
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), dict(cm))
od = OrderedDict.fromkeys("abcd")
od.move_to_end("a")
od.move_to_end("d", last=False)
print(list(od), od.popitem(last=False))
