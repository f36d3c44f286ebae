# Ends with an uncaught user-defined exception
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available

class Wallet:
    def __init__(self, balance):
        self.balance = balance
    def pay(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        print(f"paid {amount}, left {self.balance}")

w = Wallet(100)
for amount in [30, 50, 15]:
    w.pay(amount)
print("about to overspend")
w.pay(40)
print("never printed")
