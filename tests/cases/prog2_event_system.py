# An event bus: priorities, one-shot handlers, decorators, cancellation and error isolation
class Event:
    def __init__(self, name, **data):
        self.name = name
        self.data = data
        self.cancelled = False
        self.handled_by = []
    def cancel(self):
        self.cancelled = True
    def __repr__(self):
        return f"Event({self.name}, {sorted(self.data.items())})"

class EventBus:
    def __init__(self):
        self._handlers = {}
        self._seq = 0
        self.errors = []
    def subscribe(self, name, handler, priority=0, once=False):
        self._seq += 1
        self._handlers.setdefault(name, []).append([-priority, self._seq, handler, once])
        self._handlers[name].sort(key=lambda h: (h[0], h[1]))
        return lambda: self.unsubscribe(name, handler)
    def unsubscribe(self, name, handler):
        before = len(self._handlers.get(name, []))
        self._handlers[name] = [h for h in self._handlers.get(name, []) if h[2] is not handler]
        return before - len(self._handlers[name])
    def on(self, name, priority=0, once=False):
        def deco(fn):
            self.subscribe(name, fn, priority, once)
            return fn
        return deco
    def publish(self, name, **data):
        event = Event(name, **data)
        for entry in list(self._handlers.get(name, [])) + list(self._handlers.get("*", [])):
            _, _, handler, once = entry
            if once:
                self._handlers[name if entry in self._handlers.get(name, []) else "*"].remove(entry)
            try:
                handler(event)
                event.handled_by.append(handler.__name__)
            except Exception as e:
                self.errors.append(f"{handler.__name__} failed on {name}: {type(e).__name__}: {e}")
            if event.cancelled:
                break
        return event

bus = EventBus()
log = []

@bus.on("order.created", priority=10)
def validate(e):
    if e.data["qty"] <= 0:
        log.append(f"invalid order {e.data['id']}")
        e.cancel()

@bus.on("order.created")
def reserve_stock(e):
    log.append(f"reserved {e.data['qty']} for order {e.data['id']}")

@bus.on("order.created", priority=-5)
def send_email(e):
    if e.data.get("email") is None:
        raise ValueError("no email address")
    log.append(f"emailed {e.data['email']}")

@bus.on("order.created", once=True)
def first_order_bonus(e):
    log.append(f"bonus for first order {e.data['id']}")

def audit(e):
    log.append(f"audit saw {e.name}")
unsubscribe_audit = bus.subscribe("*", audit, priority=100)

events = [
    bus.publish("order.created", id=1, qty=2, email="a@x.org"),
    bus.publish("order.created", id=2, qty=0, email="b@x.org"),
    bus.publish("order.created", id=3, qty=5),
    bus.publish("user.login", user="ann"),
]
print("unsubscribed audit handlers:", unsubscribe_audit())
events.append(bus.publish("order.created", id=4, qty=1, email="d@x.org"))
for line in log:
    print(" ", line)
for e in events:
    print(e, "cancelled" if e.cancelled else "ok", e.handled_by)
print("errors:", bus.errors)
print("handlers left:", {k: [h[2].__name__ for h in v] for k, v in bus._handlers.items()})
