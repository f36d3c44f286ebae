# Adding and removing attributes and methods at runtime
class Blank:
    pass

b = Blank()
b.x = 1
b.y = [1, 2]
print(sorted(vars(b).items()))
Blank.shared = "class level"
print(b.shared, Blank().shared)

def greet(self, who="world"):
    return f"hello {who} from {type(self).__name__} x={getattr(self, 'x', None)}"

Blank.greet = greet
print(b.greet(), Blank().greet("you"))
del Blank.greet
print(hasattr(b, "greet"))

# instance attribute holding a function: not bound
b.func = greet
try:
    b.func()
except TypeError as e:
    print("TypeError:", e)
print(b.func(b, "explicit"))

# replacing a method on the class affects all existing instances
class Speaker:
    def speak(self):
        return "original"
s1, s2 = Speaker(), Speaker()
print(s1.speak(), s2.speak())
Speaker.speak = lambda self: "patched"
print(s1.speak(), s2.speak())
s1.speak = lambda: "instance override"
print(s1.speak(), s2.speak())
del s1.speak
print(s1.speak())

# building a class's methods in a loop
class Ops:
    pass
for name, op in [("add", lambda a, b: a + b), ("mul", lambda a, b: a * b), ("sub", lambda a, b: a - b)]:
    setattr(Ops, name, staticmethod(op))
o = Ops()
print(o.add(3, 4), o.mul(3, 4), Ops.sub(3, 4))
print(sorted(k for k in vars(Ops) if not k.startswith("_")))

# attribute deletion errors
try:
    del b.nonexistent
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Blank.nonexistent
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().foo = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    (5).real = 3
except AttributeError as e:
    print("AttributeError:", e)
