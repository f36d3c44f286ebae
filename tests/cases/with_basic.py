# Basic context managers: __enter__ return value, __exit__ arguments on success
class Tag:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"<{self.name}>")
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"</{self.name}>  exit args: {exc_type}, {exc}, {tb}")
        return False

with Tag("html") as t:
    print("  inside, t.name =", t.name)
    with Tag("body"):
        print("    body content")
print("after")

class Opener:
    def __init__(self, resource):
        self.resource = resource
        self.state = "new"
    def __enter__(self):
        self.state = "open"
        return self.resource.upper()   # enter can return anything
    def __exit__(self, *exc):
        self.state = "closed"

op = Opener("file.txt")
with op as handle:
    print(handle, op.state)
print(op.state)

with Opener("no-as-clause"):
    print("as clause is optional")

with Opener("x") as (a):
    print("parenthesized target", a)

class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        pass
with Pair() as (first, second):
    print("unpacked enter value:", first, second)

holder = {}
with Pair() as holder["pair"]:
    pass
print(holder)

def use_in_function():
    with Tag("fn"):
        return "returned from inside with"
print(use_in_function())

for i in range(3):
    with Tag(f"loop{i}"):
        if i == 1:
            continue
        print("  body", i)
