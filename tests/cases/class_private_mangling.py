# Name mangling of __private attributes
class Account:
    __bank = "PyBank"

    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance
        self._hint = "protected by convention"

    def deposit(self, amount):
        self.__balance += amount
        return self.__balance

    def __audit(self):
        return f"audit {self.owner}: {self.__balance}"

    def report(self):
        return self.__audit() + " @ " + self.__bank

a = Account("ann", 10)
print(a.deposit(5))
print(a.report())
print(sorted(vars(a)))
try:
    print(a.__balance)
except AttributeError as e:
    print("AttributeError:", e)
print(a._Account__balance, a._Account__bank, a._hint)
try:
    a.__audit()
except AttributeError as e:
    print("AttributeError:", e)
print(a._Account__audit())

class Savings(Account):
    def __init__(self, owner, balance):
        super().__init__(owner, balance)
        self.__balance = "subclass private"
    def peek(self):
        return self.__balance, self._Account__balance

s = Savings("bob", 100)
print(s.peek())
print(sorted(vars(s)))
print(s.deposit(1), s.peek())

# names with trailing double underscores are not mangled
class Dunderish:
    def __init__(self):
        self.__x__ = 1
        self.__y = 2
print(sorted(vars(Dunderish())))

# mangling also applies inside nested functions in a class body
class Q:
    def __init__(self):
        self.__v = 7
    def getter(self):
        def inner():
            return self.__v
        return inner
print(Q().getter()())
print(getattr(Q(), "_Q__v"))
