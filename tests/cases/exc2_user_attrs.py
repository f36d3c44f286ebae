# User exception classes with extra attributes and custom __str__
class ValidationError(Exception):
    def __init__(self, field, value, reason="invalid"):
        super().__init__(field, value)
        self.field = field
        self.value = value
        self.reason = reason
    def __str__(self):
        return f"{self.field}={self.value!r}: {self.reason}"

class HttpError(Exception):
    def __init__(self, status, message):
        super().__init__(f"{status} {message}")
        self.status = status

class NotFound(HttpError):
    def __init__(self, path):
        super().__init__(404, "Not Found")
        self.path = path

def validate(user):
    if not user.get("name"):
        raise ValidationError("name", user.get("name"), "required")
    if not 0 <= user.get("age", 0) <= 150:
        raise ValidationError("age", user["age"], "out of range")
    return "ok"

for u in [{"name": "ann", "age": 30}, {"age": 5}, {"name": "bob", "age": 200}, {"name": ""}]:
    try:
        print(validate(u))
    except ValidationError as e:
        print("invalid:", e, "| field:", e.field, "| args:", e.args, "| repr:", repr(e))

try:
    raise NotFound("/missing")
except HttpError as e:
    print(type(e).__name__, e.status, e, e.path, e.args, repr(e))

class Plain(Exception):
    pass
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
for exc in [Plain(), Plain("one"), Plain("a", 2), WithRepr("x")]:
    print(repr(str(exc)), repr(exc), exc.args)

class Detailed(Exception):
    def __init__(self, code):
        self.code = code    # note: no super().__init__ call
e = Detailed(7)
print(e.args, repr(str(e)), e.code)
class Counted(Exception):
    count = 0
    def __init__(self, *args):
        super().__init__(*args)
        Counted.count += 1
for i in range(3):
    try:
        raise Counted(i)
    except Counted:
        pass
print("Counted raised", Counted.count, "times")
