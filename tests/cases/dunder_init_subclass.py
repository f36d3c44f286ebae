# __init_subclass__: registries, keyword arguments, validation
class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        cls.plugin_name = key
        cls.priority = priority
        Plugin.registry[key] = cls
        print(f"  registered {cls.__name__} as {key!r} (priority {priority})")

class Json(Plugin, name="json", priority=10):
    def run(self, data):
        return "{" + ", ".join(f'"{k}": {v}' for k, v in data.items()) + "}"

class Csv(Plugin, priority=5):
    def run(self, data):
        return ",".join(data) + "\n" + ",".join(str(v) for v in data.values())

class PrettyJson(Json, name="pretty"):
    def run(self, data):
        return super().run(data).replace(", ", ",\n ")

print(sorted(Plugin.registry))
data = {"a": 1, "b": 2}
for key in sorted(Plugin.registry, key=lambda k: -Plugin.registry[k].priority):
    cls = Plugin.registry[key]
    print(key, cls.priority, repr(cls().run(data)))
print(Json.plugin_name, PrettyJson.plugin_name, PrettyJson.priority)
print(hasattr(Plugin, "plugin_name"))

class Validated:
    required = ()
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        missing = [m for m in cls.required if not hasattr(cls, m)]
        if missing:
            raise TypeError(f"{cls.__name__} is missing {', '.join(missing)}")

class Shape(Validated):
    required = ("area", "name")
    name = "shape"
    def area(self):
        return 0

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
print(Square(3).area(), Square.name)
try:
    class Broken(Validated):
        required = ("run",)
except TypeError as e:
    print("TypeError:", e)

try:
    class Bad(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)

class Counted:
    subclasses = []
    def __init_subclass__(cls):
        Counted.subclasses.append(cls.__name__)
class A(Counted): pass
class B(A): pass
class C(B): pass
print(Counted.subclasses)
