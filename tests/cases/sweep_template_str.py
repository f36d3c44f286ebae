import string
t = string.Template("$who likes ${what}! Cost: $$$cost")
print(t.substitute(who="tim", what="kung pao", cost=10))
print(t.safe_substitute(who="x"))
print(t.substitute({"who": "a", "what": "b", "cost": 1}, who="override"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("bad $ here").substitute()
except ValueError as e:
    print("ValueError:", e)
print(t.get_identifiers(), t.is_valid(), string.Template("$ bad").is_valid())
class Pct(string.Template):
    delimiter = "%"
print(Pct("%name is %{age}").substitute(name="Al", age=3))
print(string.capwords("hello   world  foo"), string.capwords("a-b-c", "-"))
print(string.ascii_uppercase, string.hexdigits, repr(string.whitespace))
try:
    super(int, "x")
except TypeError as e:
    print(e)
class A:
    def f(self): return "A.f"
class B(A):
    def f(self): return "B>" + super(B, self).f()
print(B().f(), super(B, B()).f(), super(B, B).f(B()))
