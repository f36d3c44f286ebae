# Uncaught exception raised from __init__; a KeyError subclass keeps KeyError's repr-style message
class MissingField(KeyError):
    pass

class Record:
    required = ("id", "name")
    def __init__(self, data):
        for field in self.required:
            if field not in data:
                raise MissingField(field)
        self.data = dict(data)
    def __repr__(self):
        return f"Record({self.data['id']}, {self.data['name']!r})"

rows = [{"id": 1, "name": "ann"}, {"id": 2, "name": "bob", "extra": True}]
records = [Record(r) for r in rows]
print(records)
try:
    Record({"name": "no id"})
except KeyError as e:
    print("caught:", type(e).__name__, e, repr(e))
print("building a record without a name")
Record({"id": 3})
