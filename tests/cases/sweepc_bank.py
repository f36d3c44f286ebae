"""Bank account simulation with exceptions and class hierarchy."""
from decimal import Decimal, ROUND_HALF_UP


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner}: cannot withdraw {amount:.2f}, balance {account.balance:.2f}")
        self.amount = amount


class Account:
    _next_id = 1000

    def __init__(self, owner, balance=Decimal("0")):
        self.owner = owner
        self.balance = Decimal(balance)
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += Decimal(amount)
        self.history.append(("deposit", Decimal(amount)))
        return self

    def withdraw(self, amount):
        amount = Decimal(amount)
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def __repr__(self):
        return f"{type(self).__name__}(id={self.id}, owner={self.owner!r}, balance={self.balance})"


class Savings(Account):
    rate = Decimal("0.025")

    def add_interest(self):
        interest = (self.balance * self.rate).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        self.deposit(interest)
        return interest


accts = [Account("alice", "100.50"), Savings("bob", "2500"), Account("carol")]
accts[0].deposit(Decimal("20.25")).withdraw("5.75")
print(accts[1].add_interest())
for a in accts:
    print(a)
for a, amt in [(accts[2], 10), (accts[0], "1000"), (accts[1], "-1")]:
    try:
        if isinstance(amt, str) and amt.startswith("-"):
            a.deposit(Decimal(amt))
        else:
            a.withdraw(amt)
    except InsufficientFunds as e:
        print("IF:", e, e.amount)
    except ValueError as e:
        print("VE:", e)
total = sum((a.balance for a in accts), Decimal(0))
print(f"total={total} avg={total / len(accts):.4f}")
print(accts[0].history)
print(sorted(accts, key=lambda a: a.balance, reverse=True)[0].owner)
print(isinstance(accts[1], Account), issubclass(Savings, Account), Savings.__mro__[1].__name__)
