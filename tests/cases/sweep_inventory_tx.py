# Inventory with custom exceptions, __getitem__, __iter__, __contains__ and context manager transactions
class OutOfStock(Exception):
    def __init__(self, item, wanted, have):
        self.item, self.wanted, self.have = item, wanted, have
        super().__init__(f"{item}: wanted {wanted}, have {have}")
class Inventory:
    def __init__(self, **stock):
        self._stock = dict(stock)
    def __getitem__(self, k): return self._stock.get(k, 0)
    def __setitem__(self, k, v):
        if v < 0: raise ValueError(f"negative stock for {k}")
        self._stock[k] = v
    def __delitem__(self, k): del self._stock[k]
    def __contains__(self, k): return self._stock.get(k, 0) > 0
    def __iter__(self): return iter(sorted(self._stock))
    def __len__(self): return sum(1 for k in self if k in self)
    def __repr__(self): return f"Inventory({', '.join(f'{k}={v}' for k, v in sorted(self._stock.items()))})"
    def take(self, k, n):
        if self[k] < n:
            raise OutOfStock(k, n, self[k])
        self[k] -= n
    def transaction(self):
        inv = self
        class Tx:
            def __enter__(self):
                self.snapshot = dict(inv._stock)
                return inv
            def __exit__(self, et, ev, tb):
                if et is not None:
                    inv._stock = self.snapshot
                    print(f"rolled back: {ev}")
                    return issubclass(et, OutOfStock)
                print("committed")
                return False
        return Tx()
inv = Inventory(apple=5, pear=2, fig=0)
print(inv, len(inv), "fig" in inv, "apple" in inv, list(inv), inv["kiwi"])
with inv.transaction() as i:
    i.take("apple", 2)
print(inv)
with inv.transaction() as i:
    i.take("apple", 1)
    i.take("pear", 5)
print(inv)
try:
    with inv.transaction() as i:
        i["apple"] = -1
except ValueError as e:
    print("ValueError:", e)
print(inv)
del inv["fig"]
try:
    del inv["fig"]
except KeyError as e:
    print("KeyError:", e)
e = OutOfStock("x", 3, 1)
print(e.args, e.item, str(e), repr(e))
