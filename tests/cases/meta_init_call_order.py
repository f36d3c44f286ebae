# Order of metaclass __new__, __init__, __call__ and class __new__/__init__
class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print(f"Meta.__new__ {name} kwargs={kwargs}")
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kwargs):
        print(f"Meta.__init__ {name}")
        super().__init__(name, bases, ns)
        cls.options = kwargs
    def __call__(cls, *args, **kwargs):
        print(f"Meta.__call__ {cls.__name__} args={args}")
        obj = super().__call__(*args, **kwargs)
        print(f"Meta.__call__ done -> {type(obj).__name__}")
        return obj

print("-- defining Widget")
class Widget(metaclass=Meta, color="red", size=3):
    print("  Widget body runs first")
    def __new__(cls, *args):
        print(f"Widget.__new__ args={args}")
        return super().__new__(cls)
    def __init__(self, label):
        print(f"Widget.__init__ label={label}")
        self.label = label

print("-- defining Button")
class Button(Widget, flat=True):
    def __init__(self, label, action):
        super().__init__(label)
        self.action = action

print("-- instantiating")
w = Widget("ok")
b = Button("go", "submit")
print(Widget.options, Button.options, w.label, b.label, b.action)

class Meta2(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print(f"__prepare__ {name}")
        ns = {"injected": "from prepare"}
        return ns
    def __new__(mcls, name, bases, ns):
        print("namespace keys:", sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, dict(ns))
class Prepared(metaclass=Meta2):
    a = 1
    b = injected.upper()
print(Prepared.injected, Prepared.b)
