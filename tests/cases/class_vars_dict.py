# __dict__, vars(), getattr/setattr/hasattr/delattr
class Record:
    kind = "record"

    def __init__(self, **fields):
        for key, value in fields.items():
            setattr(self, key, value)

    def keys(self):
        return sorted(vars(self))

r = Record(name="ann", age=31, city="Oslo")
print(r.keys())
print(sorted(vars(r).items()))
print(sorted(r.__dict__.items()))
print(vars(r) is r.__dict__)
print(getattr(r, "name"), getattr(r, "missing", "default"), getattr(r, "kind"))
print(hasattr(r, "age"), hasattr(r, "zip"), hasattr(r, "kind"))
setattr(r, "zip", "0150")
r.__dict__["country"] = "NO"
print(r.zip, r.country)
delattr(r, "age")
print(r.keys())
try:
    delattr(r, "age")
except AttributeError as e:
    print("AttributeError:", e)
try:
    r.age
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(r, "nope")
except AttributeError as e:
    print("AttributeError:", e)

# class __dict__ contains methods and class attributes
names = sorted(k for k in Record.__dict__ if not k.startswith("__"))
print(names)
print("kind" in Record.__dict__, "name" in Record.__dict__)

# dynamic field copying between objects
a = Record(x=1, y=2)
b = Record()
for k, v in vars(a).items():
    setattr(b, k, v * 10)
print(sorted(vars(b).items()))
b.__dict__.update({"z": 300})
print(sorted(vars(b).items()), b.z)
b.__dict__.clear()
print(vars(b), hasattr(b, "x"))

# attribute names that are not identifiers still work through setattr/getattr
setattr(b, "two words", 2)
print(getattr(b, "two words"), sorted(vars(b)))
for attr in ["x", "kind", "keys", "__init__"]:
    print(attr, hasattr(a, attr))
try:
    getattr(a, 5)
except TypeError as e:
    print("TypeError:", e)
