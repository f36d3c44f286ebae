# Common with-patterns: ignoring errors, temporary attribute changes, accumulating errors
class ignored:
    def __init__(self, *types):
        self.types = types
        self.caught = None
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.types):
            self.caught = exc
            return True
        return False

results = []
for raw in ["1", "two", "3", None, "4.5"]:
    with ignored(ValueError, TypeError) as ig:
        results.append(int(raw))
    if ig.caught is not None:
        print(f"skipped {raw!r}: {type(ig.caught).__name__}")
print(results)

class temporarily:
    def __init__(self, obj, **changes):
        self.obj = obj
        self.changes = changes
    def __enter__(self):
        self.saved = {k: getattr(self.obj, k) for k in self.changes}
        for k, v in self.changes.items():
            setattr(self.obj, k, v)
        return self.obj
    def __exit__(self, *exc):
        for k, v in self.saved.items():
            setattr(self.obj, k, v)

class Settings:
    debug = False
    level = 1
s = Settings()
print(s.debug, s.level)
with temporarily(s, debug=True, level=5):
    print(s.debug, s.level)
    try:
        with temporarily(s, level=99):
            print(s.level)
            raise RuntimeError("inner fails")
    except RuntimeError:
        print("restored after error:", s.level)
print(s.debug, s.level)

class ErrorCollector:
    def __init__(self):
        self.errors = []
    def item(self, label):
        collector = self
        class _Item:
            def __enter__(self):
                return self
            def __exit__(self, exc_type, exc, tb):
                if exc_type is not None:
                    collector.errors.append(f"{label}: {exc_type.__name__}: {exc}")
                    return True
        return _Item()

ec = ErrorCollector()
data = {"a": "10", "b": "x", "c": None, "d": "7"}
total = 0
for key in ["a", "b", "c", "d", "e"]:
    with ec.item(key):
        total += int(data[key])
print("total", total)
for e in ec.errors:
    print(" ", e)
