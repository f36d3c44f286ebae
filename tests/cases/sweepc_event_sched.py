import heapq
from dataclasses import dataclass, field
from typing import Callable


@dataclass(order=True)
class Event:
    time: float
    seq: int
    action: Callable = field(compare=False)
    name: str = field(compare=False, default="")


class Scheduler:
    def __init__(self):
        self.now = 0.0
        self.queue = []
        self.seq = 0
        self.log = []

    def at(self, delay, name):
        def deco(fn):
            self.seq += 1
            heapq.heappush(self.queue, Event(self.now + delay, self.seq, fn, name))
            return fn
        return deco

    def run(self, until=float("inf")):
        while self.queue and self.queue[0].time <= until:
            ev = heapq.heappop(self.queue)
            self.now = ev.time
            self.log.append(f"t={self.now:5.1f} {ev.name}")
            ev.action()


s = Scheduler()
served = []


def customer(i):
    def arrive():
        @s.at(1.5 + i % 3, f"depart c{i}")
        def leave():
            served.append(i)
    return arrive


for i in range(5):
    s.at(i * 2.0, f"arrive c{i}")(customer(i))
s.run(until=8)
print("\n".join(s.log))
print("served", served, "pending", len(s.queue), f"now={s.now}")
s.run()
print(served, s.log[-1])
