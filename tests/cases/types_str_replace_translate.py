# replace with count, translate and maketrans.
s = "one two one two one"
for old, new in [("one", "1"), ("", "-"), ("o", ""), ("x", "y"), ("one two", "X")]:
    print([s.replace(old, new, c) for c in (-1, 0, 1, 2, 10)])
print("".replace("", "a"), "abc".replace("", ""), "aaa".replace("a", "aa", 2))
t = str.maketrans("abc", "xyz")
print(sorted(t.items()))
print("aabbcc dd".translate(t))
t2 = str.maketrans("ab", "cd", "xy")
print(sorted(t2.items()), "axbyab".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, ord("c"): "CC", "d": 101})
print(sorted(t3.items()), "abcde".translate(t3))
print("hello".translate({ord("l"): None, ord("h"): "J"}))
print("hello".translate(["a"] * 200))
for bad in [("abc", "xy"), ({1.5: "a"},), ({"ab": "c"},), (1,), ("a", "b", "c", "d")]:
    try:
        print(str.maketrans(*bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    "abc".translate({97: 1.5})
except Exception as e:
    print(type(e).__name__, e)
try:
    "a".replace("a")
except Exception as e:
    print(type(e).__name__, e)
print("ab".replace("a", "b", count=-5) if False else "skip")
class T:
    def __getitem__(self, k):
        if k == 97:
            return "A"
        raise LookupError
print("banana".translate(T()))
