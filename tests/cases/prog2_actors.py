# Cooperative actors built on generators: mailboxes, message passing and a round-robin loop
class System:
    def __init__(self):
        self.actors = {}
        self.mailboxes = {}
        self.run_queue = []
        self.log = []
        self.delivered = 0

    def spawn(self, name, behaviour, *args):
        gen = behaviour(self, name, *args)
        self.actors[name] = gen
        self.mailboxes[name] = []
        next(gen)                      # run until the first receive
        self.run_queue.append(name)
        return name

    def send(self, to, msg):
        if to not in self.mailboxes:
            self.log.append(f"dead letter to {to}: {msg}")
            return
        self.mailboxes[to].append(msg)
        self.delivered += 1

    def run(self, max_steps=500):
        steps = 0
        while steps < max_steps and any(self.mailboxes[n] for n in self.run_queue):
            name = self.run_queue.pop(0)
            box = self.mailboxes[name]
            if box:
                msg = box.pop(0)
                steps += 1
                try:
                    self.actors[name].send(msg)
                    self.run_queue.append(name)
                except StopIteration as stop:
                    self.log.append(f"{name} stopped: {stop.value}")
                    del self.mailboxes[name]
                    continue
            else:
                self.run_queue.append(name)
        return steps

def counter(system, name):
    total = 0
    while True:
        msg = yield
        match msg:
            case ("add", n):
                total += n
            case ("get", reply_to):
                system.send(reply_to, ("total", name, total))
            case "stop":
                return f"final total {total}"

def printer(system, name):
    while True:
        msg = yield
        system.log.append(f"{name} got {msg}")

def pinger(system, name, peer, rounds):
    system.send(peer, ("ping", name, 1))
    while True:
        kind, sender, n = yield
        system.log.append(f"{name} <- {kind} {n} from {sender}")
        if n >= rounds:
            system.send("out", f"{name} finished after {n}")
            return n
        system.send(sender, ("pong" if kind == "ping" else "ping", name, n + 1))

sys_ = System()
sys_.spawn("out", printer)
sys_.spawn("c1", counter)
for n in [5, 10, 20]:
    sys_.send("c1", ("add", n))
sys_.send("c1", ("get", "out"))
sys_.spawn("pong", pinger, "ping", 99)     # waits for the first ping
sys_.spawn("ping", pinger, "pong", 6)
sys_.send("c1", ("add", 7))
sys_.send("c1", ("get", "out"))
sys_.send("c1", "stop")
sys_.send("c1", ("add", 1))
steps = sys_.run()
for line in sys_.log:
    print(line)
print("steps:", steps, "delivered:", sys_.delivered, "alive:", sorted(sys_.mailboxes))
