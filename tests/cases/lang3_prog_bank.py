# A small bank program: properties, custom exceptions, try/except/else/finally, collections
from collections import defaultdict, namedtuple, OrderedDict, Counter, deque
Txn = namedtuple("Txn", ["kind", "amount"])
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed, self.available = needed, available
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self): return self._balance
    def deposit(self, amt):
        if amt <= 0: raise ValueError("deposit must be positive")
        self._balance += amt
        self.history.append(Txn("dep", amt))
    def withdraw(self, amt):
        if amt > self._balance: raise InsufficientFunds(amt, self._balance)
        self._balance -= amt
        self.history.append(Txn("wd", amt))
    def __repr__(self): return f"<Account #{self.id} {self.owner}: {self._balance}>"
    def __lt__(self, o): return self._balance < o._balance
class Bank:
    def __init__(self): self.accounts = {}
    def open(self, owner, initial=0):
        a = Account(owner, initial); self.accounts[a.id] = a; return a
    def transfer(self, src, dst, amt):
        try:
            src.withdraw(amt)
        except InsufficientFunds as e:
            print(f"transfer failed: {e} ({e.needed - e.available} short)")
            return False
        else:
            dst.deposit(amt)
            return True
        finally:
            print(f"transfer attempt {src.owner}->{dst.owner} {amt}")
    def richest(self): return max(self.accounts.values())
    def __iter__(self): return iter(sorted(self.accounts.values()))
    def __len__(self): return len(self.accounts)
b = Bank()
a1 = b.open("ann", 100); a2 = b.open("bob"); a3 = b.open("cy", 50)
b.transfer(a1, a2, 30); b.transfer(a2, a3, 100); b.transfer(a3, a1, 50)
print(list(b), len(b), b.richest())
print(a1.history, a1.history[0].kind, a1.history[-1]._asdict())
try: a2.deposit(-5)
except ValueError as e: print("ValueError:", e)
kinds = Counter(t.kind for acc in b for t in acc.history)
print(kinds.most_common(), sorted(kinds.elements()))
by_owner = defaultdict(list)
for acc in b: by_owner[acc.owner[0]].append(acc.balance)
print(dict(by_owner))
q = deque(maxlen=2)
for acc in b: q.append(acc.owner)
print(q, list(q))
od = OrderedDict(sorted((acc.owner, acc.balance) for acc in b))
od.move_to_end("ann")
print(list(od.items()))
t = Txn("x", 1)
print(t, t._replace(amount=5), Txn._fields, t == ("x", 1), isinstance(t, tuple))
k, amt = t
print(k, amt, t[1], len(t))
