# Bank ledger with uncaught error at the end (traceback and exit 1)
class LedgerError(Exception):
    pass
class Ledger:
    def __init__(self):
        self.entries = []
    def post(self, account, amount):
        if not isinstance(amount, (int, float)):
            raise TypeError(f"amount must be a number, not {type(amount).__name__}")
        self.entries.append((account, amount))
    def balance(self, account):
        return sum(a for acc, a in self.entries if acc == account)
    def close(self):
        total = sum(a for _, a in self.entries)
        if total != 0:
            raise LedgerError(f"ledger does not balance: off by {total}")
l = Ledger()
l.post("cash", 100); l.post("revenue", -100); l.post("cash", -30); l.post("rent", 30)
print(l.balance("cash"), l.balance("rent"))
l.close(); print("balanced")
try:
    l.post("cash", "ten")
except TypeError as e:
    print(e)
l.post("misc", 5)
def finish(ledger):
    ledger.close()
finish(l)
