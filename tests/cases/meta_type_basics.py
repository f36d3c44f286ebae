# Classes are instances of their metaclass; type is its own metaclass
class Meta(type):
    def describe(cls):
        return f"class {cls.__name__} with {len(cls.__mro__)} mro entries"
    @property
    def upper_name(cls):
        return cls.__name__.upper()

class A(metaclass=Meta):
    pass
class B(A):
    pass

print(type(A) is Meta, type(B) is Meta, type(Meta) is type, type(type) is type)
print(isinstance(A, Meta), isinstance(A, type), isinstance(A(), Meta), isinstance(int, type))
print(issubclass(Meta, type), [k.__name__ for k in Meta.__mro__])
print(A.describe(), B.describe(), B.upper_name)
try:
    A().describe()
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(A, "describe"), hasattr(A(), "describe"), "describe" in vars(A))
print(type(A()).__name__, type(A).__name__, type(Meta).__name__)

C = Meta("C", (B,), {"x": 5})
print(C.x, C.describe(), [k.__name__ for k in C.__mro__], type(C).__name__)

class Other(type):
    pass
class D(metaclass=Other):
    pass
try:
    class E(A, D):
        pass
except TypeError as e:
    print("TypeError:", e)

class SubMeta(Meta):
    pass
class F(metaclass=SubMeta):
    pass
class G(A, F):
    pass
print(type(G).__name__)
print(type(5).__name__, type(int).__name__, type(len).__name__, type(Meta.describe).__name__)
