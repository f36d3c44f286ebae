# A metaclass that turns annotated-like field declarations into validated properties
class Field:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

class RecordMeta(type):
    def __new__(mcls, name, bases, ns):
        fields = {}
        for base in bases:
            fields.update(getattr(base, "_fields", {}))
        for k, v in list(ns.items()):
            if isinstance(v, Field):
                fields[k] = v
                ns[k] = mcls.make_property(k, v)
        ns["_fields"] = fields
        return super().__new__(mcls, name, bases, ns)

    @staticmethod
    def make_property(name, field):
        attr = "_" + name
        def getter(self):
            return getattr(self, attr, field.default)
        def setter(self, value):
            if not isinstance(value, field.kind):
                raise TypeError(f"{name}: expected {field.kind.__name__}, got {type(value).__name__}")
            setattr(self, attr, value)
        return property(getter, setter)

    def __call__(cls, **kwargs):
        obj = super().__call__()
        for k, v in kwargs.items():
            if k not in cls._fields:
                raise TypeError(f"{cls.__name__} has no field {k!r}")
            setattr(obj, k, v)
        return obj

class Record(metaclass=RecordMeta):
    def __repr__(self):
        return f"{type(self).__name__}(" + ", ".join(f"{k}={getattr(self, k)!r}" for k in self._fields) + ")"

class Book(Record):
    title = Field(str, "")
    pages = Field(int, 0)

class EBook(Book):
    size_mb = Field(float, 0.0)

b = Book(title="Dune", pages=412)
print(b, list(Book._fields))
e = EBook(title="SICP", size_mb=3.5)
print(e, list(EBook._fields))
e.pages = 657
print(e.pages, e)
for kwargs in ({"pages": "many"}, {"author": "x"}, {"size_mb": 2}):
    try:
        EBook(**kwargs)
    except TypeError as err:
        print("TypeError:", err)
print(type(Book.title).__name__, isinstance(e, Book), type(EBook).__name__)
print(Book().title == "", Book().pages)
