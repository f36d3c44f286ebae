# A round-robin task scheduler driven by generators
class Scheduler:
    def __init__(self):
        self.ready = []
        self.tick = 0
        self.log = []
    def spawn(self, name, gen):
        self.ready.append((name, gen))
    def run(self):
        while self.ready:
            name, gen = self.ready.pop(0)
            self.tick += 1
            try:
                request = next(gen)
            except StopIteration as stop:
                self.log.append(f"t{self.tick} {name} finished -> {stop.value!r}")
                continue
            if isinstance(request, tuple) and request[0] == "spawn":
                self.spawn(request[1], request[2])
                self.log.append(f"t{self.tick} {name} spawned {request[1]}")
            else:
                self.log.append(f"t{self.tick} {name}: {request}")
            self.ready.append((name, gen))

def counter(label, n):
    for i in range(n):
        yield f"{label} {i}"
    return f"{label} counted {n}"

def parent():
    yield "parent starting"
    yield ("spawn", "child", counter("child", 2))
    yield "parent working"
    return "parent done"

def fizz(limit):
    total = 0
    for i in range(1, limit + 1):
        total += i
        if i % 3 == 0:
            yield "fizz"
        else:
            yield i
    return total

s = Scheduler()
s.spawn("A", counter("a", 3))
s.spawn("B", parent())
s.spawn("C", fizz(4))
s.run()
for line in s.log:
    print(line)
print("ticks:", s.tick)
