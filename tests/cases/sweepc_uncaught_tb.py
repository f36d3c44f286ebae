# pyaot: full-stderr
class ValidationError(ValueError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field


def validate(rec):
    if not rec.get("name"):
        raise ValidationError("name", "required")
    if rec["age"] < 0:
        raise ValidationError("age", f"must be >= 0, got {rec['age']}")
    return True


def process(records):
    ok = 0
    for r in records:
        try:
            validate(r)
            ok += 1
        except ValidationError as e:
            print("skip:", e, "field", e.field)
    return ok


print(process([{"name": "a", "age": 3}, {"name": "", "age": 1}, {"name": "b", "age": -2}]))


def load(cfg):
    try:
        return int(cfg["port"])
    except KeyError as e:
        raise RuntimeError("config incomplete") from e


try:
    load({})
except RuntimeError as e:
    print(e, "<-", repr(e.__cause__))
print(load({"port": "80"}))
validate({"name": "x", "age": -5})
