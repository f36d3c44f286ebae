# Event handlers via += / -= and __call__, observable __setattr__, a small state machine
class Event:
    def __init__(self):
        self._handlers = []
    def __iadd__(self, h):
        self._handlers.append(h)
        return self
    def __isub__(self, h):
        self._handlers.remove(h)
        return self
    def __call__(self, *a, **k):
        return [h(*a, **k) for h in self._handlers]
    def __len__(self):
        return len(self._handlers)
class Button:
    def __init__(self, label):
        self.label = label
        self.clicked = Event()
    def click(self):
        return self.clicked(self.label)
b = Button("ok")
log = []
def h1(label): log.append(f"h1 {label}"); return 1
b.clicked += h1
b.clicked += lambda label: log.append(f"lambda {label}") or 2
print(b.click(), log, len(b.clicked))
b.clicked -= h1
print(b.click(), len(b.clicked))
class Observable:
    def __init__(self):
        object.__setattr__(self, "_obs", [])
    def subscribe(self, fn):
        self._obs.append(fn)
    def __setattr__(self, k, v):
        old = getattr(self, k, None)
        object.__setattr__(self, k, v)
        for fn in self._obs:
            fn(k, old, v)
class Model(Observable):
    def __init__(self):
        super().__init__()
        self.x = 0
m = Model()
m.subscribe(lambda k, o, n: print(f"  {k}: {o} -> {n}"))
m.x = 5
m.y = "new"
print(sorted(vars(m)), m.x, m.y)
class State:
    transitions = {"idle": ["running"], "running": ["paused", "stopped"], "paused": ["running", "stopped"], "stopped": []}
    def __init__(self):
        self.state = "idle"
        self.history = [self.state]
    def go(self, new):
        if new not in self.transitions[self.state]:
            raise ValueError(f"cannot go from {self.state} to {new}")
        self.state = new
        self.history.append(new)
        return self
s = State()
s.go("running").go("paused").go("running").go("stopped")
print(s.history)
try:
    s.go("running")
except ValueError as e:
    print("ValueError:", e)
