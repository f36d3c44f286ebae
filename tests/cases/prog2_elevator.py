# Elevator simulation: requests, direction logic (SCAN), per-tick state, statistics
class Request:
    def __init__(self, time, src, dst, name):
        self.time, self.src, self.dst, self.name = time, src, dst, name
        self.picked = self.dropped = None

class Elevator:
    def __init__(self, floors, capacity):
        self.floors = floors
        self.capacity = capacity
        self.floor = 0
        self.direction = 0          # -1 down, 0 idle, +1 up
        self.riders = []
        self.moved = 0

    def targets(self, waiting):
        stops = {r.dst for r in self.riders}
        if len(self.riders) < self.capacity:
            stops |= {r.src for r in waiting}
        return stops

    def choose_direction(self, waiting):
        stops = self.targets(waiting)
        if not stops:
            return 0
        if self.direction >= 0 and any(s > self.floor for s in stops):
            return 1
        if self.direction <= 0 and any(s < self.floor for s in stops):
            return -1
        if any(s > self.floor for s in stops):
            return 1
        if any(s < self.floor for s in stops):
            return -1
        return 0

    def step(self, t, waiting, log):
        leaving = [r for r in self.riders if r.dst == self.floor]
        for r in leaving:
            self.riders.remove(r)
            r.dropped = t
            log.append(f"t={t:2d} floor {self.floor}: {r.name} gets off")
        boarding = [r for r in waiting if r.src == self.floor]
        for r in boarding:
            if len(self.riders) >= self.capacity:
                log.append(f"t={t:2d} floor {self.floor}: {r.name} waits (full)")
                continue
            waiting.remove(r)
            self.riders.append(r)
            r.picked = t
            log.append(f"t={t:2d} floor {self.floor}: {r.name} boards for {r.dst}")
        self.direction = self.choose_direction(waiting)
        if self.direction:
            self.floor += self.direction
            self.moved += 1

requests = [Request(0, 0, 5, "ann"), Request(1, 3, 1, "bob"), Request(2, 4, 6, "cy"),
            Request(2, 6, 0, "dee"), Request(5, 2, 4, "eve"), Request(6, 2, 7, "fox"),
            Request(6, 2, 3, "gus"), Request(12, 7, 0, "hal")]
elevator = Elevator(floors=8, capacity=2)
waiting, log, pending = [], [], list(requests)
t = 0
while t < 60 and (pending or waiting or elevator.riders):
    while pending and pending[0].time == t:
        r = pending.pop(0)
        waiting.append(r)
        log.append(f"t={t:2d} {r.name} calls at floor {r.src} -> {r.dst}")
    elevator.step(t, waiting, log)
    t += 1
for line in log:
    print(line)
print("finished at t =", t, "floors moved:", elevator.moved)
for r in requests:
    wait = r.picked - r.time
    ride = r.dropped - r.picked
    print(f"{r.name:<4} waited {wait:2d} rode {ride:2d} total {wait + ride:2d}")
avg = sum(r.dropped - r.time for r in requests) / len(requests)
print(f"average trip {avg:.2f}")
