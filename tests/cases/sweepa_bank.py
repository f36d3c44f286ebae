# A small bank simulation: classes, exceptions, properties, class attributes.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available


class Account:
    _next_id = 1000
    interest = 0.02

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("dep", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("wd", amount))
        return self

    def add_interest(self):
        gained = round(self._balance * self.interest, 2)
        self._balance += gained
        return gained

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self._balance})"

    def __lt__(self, other):
        return self._balance < other._balance


class Savings(Account):
    interest = 0.05

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "wd"]) >= 2:
            raise PermissionError("withdrawal limit reached")
        return super().withdraw(amount)


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, cls, owner, initial=0):
        acct = cls(owner, initial)
        self.accounts[acct.id] = acct
        return acct

    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except KeyError:
            print("no such account", src)
            return False
        except InsufficientFunds as e:
            print("transfer failed:", e, e.needed - e.available)
            return False
        else:
            self.accounts[dst].deposit(amount)
            return True
        finally:
            print("transfer attempt", src, "->", dst, amount)

    def total(self):
        return sum(a.balance for a in self.accounts.values())


bank = Bank()
a = bank.open(Account, "ann", 100)
b = bank.open(Savings, "bob", 50)
c = bank.open(Account, "cy")
print(a, b, c, a.id, b.id, c.id)
print(bank.transfer(a.id, b.id, 30), bank.transfer(c.id, a.id, 5), bank.transfer(9, a.id, 1))
a.deposit(10).deposit(20)
try:
    a.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
for _ in range(3):
    try:
        b.withdraw(1)
    except PermissionError as e:
        print("PermissionError:", e)
print(a.add_interest(), b.add_interest(), c.add_interest())
print(sorted(bank.accounts.values()), max(bank.accounts.values()), f"{bank.total():.2f}")
print(a.history, b.history)
print(isinstance(b, Account), type(b).interest, Account.interest, b.balance)
try:
    b.balance = 5
except AttributeError as e:
    print("AttributeError:", e)
