# A priority queue class on a binary heap; heapsort and a job scheduler with aging
class PriorityQueue:
    def __init__(self, key=lambda x: x):
        self._heap = []
        self._key = key
        self._count = 0
    def __len__(self):
        return len(self._heap)
    def __bool__(self):
        return bool(self._heap)
    def push(self, item):
        self._count += 1
        entry = (self._key(item), self._count, item)
        h = self._heap
        h.append(entry)
        i = len(h) - 1
        while i and h[(i - 1) // 2] > entry:
            h[i] = h[(i - 1) // 2]
            i = (i - 1) // 2
        h[i] = entry
    def pop(self):
        if not self._heap:
            raise IndexError("pop from empty priority queue")
        h = self._heap
        top = h[0]
        last = h.pop()
        if h:
            i, n = 0, len(h)
            while True:
                child = 2 * i + 1
                if child >= n:
                    break
                if child + 1 < n and h[child + 1] < h[child]:
                    child += 1
                if h[child] < last:
                    h[i] = h[child]
                    i = child
                else:
                    break
            h[i] = last
        return top[2]
    def peek(self):
        return self._heap[0][2]

def heapsort(items, key=lambda x: x):
    pq = PriorityQueue(key)
    for x in items:
        pq.push(x)
    return [pq.pop() for _ in range(len(pq))]

data = [38, 27, 43, 3, 9, 82, 10, 3, 55, -4]
print(heapsort(data), heapsort(data) == sorted(data))
words = "pear fig apple kiwi banana date".split()
print(heapsort(words, key=len), heapsort(words, key=lambda w: w[-1]))
pq = PriorityQueue()
try:
    pq.pop()
except IndexError as e:
    print("IndexError:", e)

class Job:
    def __init__(self, name, priority, duration):
        self.name, self.priority, self.duration = name, priority, duration
        self.waited = 0
    def __repr__(self):
        return f"{self.name}(p{self.priority})"

jobs = [Job("backup", 5, 3), Job("email", 1, 1), Job("report", 3, 2), Job("index", 5, 1),
        Job("alert", 0, 1), Job("cleanup", 9, 2)]
arrivals = {0: jobs[:3], 2: jobs[3:5], 4: jobs[5:]}
queue = PriorityQueue(key=lambda j: j.priority - j.waited)
time_now, running, finished = 0, None, []
while time_now < 30 and (queue or running or any(t >= time_now for t in arrivals)):
    for job in arrivals.get(time_now, []):
        queue.push(job)
        print(f"t={time_now:2d} arrive {job}")
    if running is None and queue:
        running = queue.pop()
        remaining = running.duration
        print(f"t={time_now:2d} start  {running} after waiting {running.waited}")
    if running is not None:
        remaining -= 1
        if remaining == 0:
            finished.append((running.name, time_now + 1))
            running = None
    # age everything still waiting (rebuild the queue so keys are recomputed)
    waiting = []
    while queue:
        waiting.append(queue.pop())
    for j in waiting:
        j.waited += 1
        queue.push(j)
    time_now += 1
print(finished)
