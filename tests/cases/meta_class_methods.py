# Methods and properties defined on the metaclass act on classes
class ModelMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls._rows = []
        cls._next_id = 1
        return cls
    def create(cls, **fields):
        obj = cls()
        obj.id = cls._next_id
        cls._next_id += 1
        for k, v in fields.items():
            setattr(obj, k, v)
        cls._rows.append(obj)
        return obj
    def all(cls):
        return list(cls._rows)
    def where(cls, **conds):
        return [r for r in cls._rows if all(getattr(r, k, None) == v for k, v in conds.items())]
    @property
    def count(cls):
        return len(cls._rows)
    def __repr__(cls):
        return f"<Model {cls.__name__}>"

class Model(metaclass=ModelMeta):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))
        return f"{type(self).__name__}({fields})"

class User(Model):
    pass
class Post(Model):
    pass

User.create(name="ann", role="admin")
User.create(name="bob", role="user")
User.create(name="cy", role="user")
Post.create(title="Hello", author=1)
print(User, Post, repr(Model))
print(User.count, Post.count, Model.count)
print(User.all())
print(User.where(role="user"))
print(User.where(role="user", name="cy"), User.where(name="zed"))
print(Post.all()[0].title, Post.all()[0].id)
try:
    User.create(name="x").count
except AttributeError as e:
    print("AttributeError:", e)
print(User.count, [u.id for u in User.all()])
