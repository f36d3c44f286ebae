# A transaction context manager that commits or rolls back a dict-based store
class InsufficientFunds(Exception):
    pass

class Store:
    def __init__(self, data):
        self.data = dict(data)
        self.log = []
    def transaction(self, label):
        return Transaction(self, label)

class Transaction:
    def __init__(self, store, label):
        self.store = store
        self.label = label
    def __enter__(self):
        self.snapshot = dict(self.store.data)
        self.store.log.append(f"begin {self.label}")
        return self.store.data
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.store.log.append(f"commit {self.label}")
            return False
        self.store.data.clear()
        self.store.data.update(self.snapshot)
        self.store.log.append(f"rollback {self.label}: {exc_type.__name__}: {exc}")
        return issubclass(exc_type, InsufficientFunds)   # swallow business errors only

def transfer(data, src, dst, amount):
    data[src] -= amount
    if data[src] < 0:
        raise InsufficientFunds(f"{src} would go to {data[src]}")
    data[dst] += amount

store = Store({"alice": 100, "bob": 20, "carol": 0})
with store.transaction("t1") as d:
    transfer(d, "alice", "bob", 30)
    transfer(d, "bob", "carol", 10)
print(store.data)

with store.transaction("t2") as d:
    transfer(d, "carol", "alice", 5)
    transfer(d, "carol", "bob", 50)
print(store.data)

try:
    with store.transaction("t3") as d:
        transfer(d, "alice", "dave", 10)
except KeyError as e:
    print("KeyError escaped:", e)
print(store.data)

with store.transaction("outer") as d:
    transfer(d, "alice", "carol", 1)
    with store.transaction("inner") as d2:
        transfer(d2, "bob", "carol", 1000)
    transfer(d, "alice", "carol", 2)
print(store.data)
for line in store.log:
    print(line)
