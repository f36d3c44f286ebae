# Simple inventory / event system: class hierarchies, sorting with keys, formatted reports.
from collections import defaultdict


class Event:
    _id = 0

    def __init__(self, kind, payload):
        Event._id += 1
        self.id = Event._id
        self.kind = kind
        self.payload = payload


class Bus:
    def __init__(self):
        self.handlers = defaultdict(list)
        self.log = []

    def on(self, kind):
        def register(fn):
            self.handlers[kind].append(fn)
            return fn
        return register

    def emit(self, kind, **payload):
        ev = Event(kind, payload)
        results = []
        for h in self.handlers.get(kind, []):
            try:
                results.append(h(ev))
            except Exception as e:
                self.log.append(f"handler {h.__name__} failed: {type(e).__name__}: {e}")
        return results


bus = Bus()
stock = {"apple": 5, "pear": 0}


@bus.on("buy")
def buy(ev):
    item, qty = ev.payload["item"], ev.payload.get("qty", 1)
    if stock.get(item, 0) < qty:
        raise ValueError(f"not enough {item}")
    stock[item] -= qty
    return f"#{ev.id} bought {qty} {item}"


@bus.on("buy")
def audit(ev):
    return f"#{ev.id} audit {sorted(ev.payload.items())}"


@bus.on("restock")
def restock(ev):
    for k, v in ev.payload.items():
        stock[k] = stock.get(k, 0) + v
    return dict(stock)


print(bus.emit("buy", item="apple", qty=2))
print(bus.emit("buy", item="pear"))
print(bus.emit("restock", pear=3, kiwi=1))
print(bus.emit("buy", item="kiwi", qty=1))
print(bus.emit("unknown"))
print("\n".join(bus.log))
report = sorted(stock.items(), key=lambda kv: (-kv[1], kv[0]))
print(f"{'item':<8}{'qty':>4}")
for k, v in report:
    print(f"{k:<8}{v:>4}{'  (out)' if not v else ''}")
print(f"total: {sum(stock.values())}, kinds: {len(stock)}, max: {max(stock, key=stock.get)}")
