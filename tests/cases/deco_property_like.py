# Writing property/staticmethod/classmethod lookalikes as plain descriptor classes used as decorators
class my_property:
    def __init__(self, fget, fset=None):
        self.fget, self.fset = fget, fset
        self.__doc__ = fget.__doc__
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return self.fget(obj)
    def __set__(self, obj, value):
        if self.fset is None:
            raise AttributeError(f"can't set attribute {self.fget.__name__!r}")
        self.fset(obj, value)
    def setter(self, fset):
        return my_property(self.fget, fset)

class my_staticmethod:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, owner=None):
        return self.fn

class my_classmethod:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, owner=None):
        owner = owner if owner is not None else type(obj)
        def bound(*args, **kwargs):
            return self.fn(owner, *args, **kwargs)
        return bound

class Temperature:
    def __init__(self, c):
        self._c = c
    @my_property
    def celsius(self):
        """Temperature in Celsius."""
        return self._c
    @celsius.setter
    def celsius(self, value):
        self._c = round(value, 2)
    @my_property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @my_staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
    @my_classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    def __repr__(self):
        return f"{type(self).__name__}({self._c})"

class Kelvin(Temperature):
    pass

t = Temperature(100)
print(t.celsius, t.fahrenheit, Temperature.celsius.__doc__)
t.celsius = 36.6666
print(t, t.fahrenheit)
try:
    t.fahrenheit = 0
except AttributeError as e:
    print("AttributeError:", e)
print(Temperature.c_to_f(-40), t.c_to_f(0))
print(Temperature.from_f(212), Kelvin.from_f(32), t.from_f(50), type(Kelvin.from_f(0)).__name__)
print(type(Temperature.__dict__["celsius"]).__name__, isinstance(Temperature.celsius, my_property))
