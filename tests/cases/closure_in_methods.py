# Closures created inside methods capture self and locals
class Button:
    def __init__(self, label):
        self.label = label
        self.clicks = 0
        self.handlers = []
    def on_click(self, fn):
        self.handlers.append(fn)
        return fn
    def click(self):
        self.clicks += 1
        return [h(self) for h in self.handlers]
    def make_reporter(self, prefix):
        def report():
            return f"{prefix}{self.label} clicked {self.clicks}x"
        return report

ok = Button("OK")
cancel = Button("Cancel")
log = []
ok.on_click(lambda b: log.append(b.label) or "logged")
@ok.on_click
def double_check(b):
    return "even" if b.clicks % 2 == 0 else "odd"
print(ok.click(), ok.click(), cancel.click())
print(log)
r1 = ok.make_reporter("> ")
r2 = cancel.make_reporter("# ")
ok.click()
print(r1(), r2())
ok.label = "Okay"
print(r1())

class Scheduler:
    def __init__(self):
        self.tasks = []
        self.time = 0
    def every(self, n):
        def register(fn):
            self.tasks.append((n, fn))
            return fn
        return register
    def run(self, ticks):
        out = []
        for _ in range(ticks):
            self.time += 1
            for n, fn in self.tasks:
                if self.time % n == 0:
                    out.append(fn(self.time))
        return out

sched = Scheduler()
@sched.every(2)
def even(t):
    return f"even@{t}"
@sched.every(3)
def third(t):
    return f"third@{t}"
print(sched.run(7))

class Counter:
    def __init__(self):
        self.n = 0
    def incrementers(self, k):
        return [lambda step=s: self._bump(step) for s in range(1, k + 1)]
    def _bump(self, step):
        self.n += step
        return self.n
c = Counter()
fs = c.incrementers(3)
print([f() for f in fs], [f() for f in fs], c.n)
