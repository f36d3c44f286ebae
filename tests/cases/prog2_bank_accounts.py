# Bank simulation: account hierarchy, custom exceptions, transfers, monthly processing
class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} cannot withdraw {amount:.2f} (balance {account.balance:.2f})")
        self.account = account
        self.amount = amount

class AccountNotFound(BankError, KeyError):
    def __str__(self):
        return f"no account {self.args[0]!r}"

class Account:
    _next_number = 1000
    kind = "basic"

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.number = Account._next_number
        Account._next_number += 1
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def can_withdraw(self, amount):
        return amount <= self.balance

    def withdraw(self, amount):
        if amount <= 0:
            raise ValueError("withdrawal must be positive")
        if not self.can_withdraw(amount):
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def month_end(self):
        pass

    def __repr__(self):
        return f"{type(self).__name__}#{self.number}({self.owner}, {self.balance:.2f})"

class Checking(Account):
    kind = "checking"
    fee = 2.5
    def __init__(self, owner, balance=0.0, overdraft=100.0):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def can_withdraw(self, amount):
        return amount <= self.balance + self.overdraft
    def month_end(self):
        self.balance -= self.fee
        self.history.append(("fee", self.fee))

class Savings(Account):
    kind = "savings"
    def __init__(self, owner, balance=0.0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate
        self.withdrawals = 0
    def withdraw(self, amount):
        if self.withdrawals >= 2:
            raise BankError(f"savings #{self.number}: withdrawal limit reached")
        super().withdraw(amount)
        self.withdrawals += 1
    def month_end(self):
        interest = round(self.balance * self.rate / 12, 2)
        self.balance += interest
        self.history.append(("interest", interest))
        self.withdrawals = 0

class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
    def open(self, cls, owner, *args):
        acct = cls(owner, *args)
        self.accounts[acct.number] = acct
        return acct
    def get(self, number):
        try:
            return self.accounts[number]
        except KeyError:
            raise AccountNotFound(number) from None
    def transfer(self, src, dst, amount):
        a, b = self.get(src), self.get(dst)
        a.withdraw(amount)
        b.deposit(amount)
    def month_end(self):
        for acct in self.accounts.values():
            acct.month_end()
    def total(self):
        return sum(a.balance for a in self.accounts.values())

bank = Bank("PyBank")
ann = bank.open(Checking, "ann", 50.0)
bob = bank.open(Savings, "bob", 1000.0, 0.06)
cy = bank.open(Account, "cy")
print(bank.accounts)
operations = [
    ("transfer", 1000, 1002, 120.0),
    ("transfer", 1000, 1002, 100.0),
    ("transfer", 1001, 1000, 300.0),
    ("transfer", 1001, 1002, 10.0),
    ("transfer", 1001, 1002, 10.0),
    ("deposit", 1002, -5),
    ("transfer", 1002, 1099, 1.0),
    ("deposit", 1002, 42.5),
]
for op in operations:
    try:
        if op[0] == "transfer":
            bank.transfer(*op[1:])
        else:
            bank.get(op[1]).deposit(op[2])
        print("ok     ", op)
    except InsufficientFunds as e:
        print("refused", op, "->", e)
    except AccountNotFound as e:
        print("missing", op, "->", e, "| is KeyError:", isinstance(e, KeyError))
    except (BankError, ValueError) as e:
        print("error  ", op, "->", type(e).__name__, e)
bank.month_end()
for acct in sorted(bank.accounts.values(), key=lambda a: -a.balance):
    print(f"{acct.kind:<9} {acct.owner:<4} {acct.balance:>9.2f}  {acct.history}")
print(f"total deposits: {bank.total():.2f}")
