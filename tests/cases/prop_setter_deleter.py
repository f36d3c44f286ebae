# @property with setter and deleter, validation
class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius  # goes through the setter
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        print(f"  set celsius {value}")
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("  reset celsius")
        self._c = 0.0
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
print(t.celsius)
del t.celsius
print(t.celsius, sorted(vars(t)))
t.celsius += 10
print(t.celsius)

class Account:
    def __init__(self, owner):
        self._owner = owner
        self._balance = 0
        self.history = []
    @property
    def owner(self):
        return self._owner
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, amount):
        if not isinstance(amount, int):
            raise TypeError("balance must be an int")
        self.history.append(amount - self._balance)
        self._balance = amount

a = Account("ann")
a.balance = 100
a.balance -= 30
a.balance += 5
print(a.owner, a.balance, a.history)
for bad in ("owner", "balance"):
    try:
        if bad == "owner":
            a.owner = "bob"
        else:
            a.balance = 1.5
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
try:
    del a.balance
except AttributeError as e:
    print("AttributeError:", e)

class Old:
    def get_x(self):
        return self._x
    def set_x(self, v):
        self._x = v * 10
    def del_x(self):
        del self._x
    x = property(get_x, set_x, del_x, "the x property")
o = Old()
o.x = 4
print(o.x, Old.x.__doc__)
del o.x
print(hasattr(o, "x"))
