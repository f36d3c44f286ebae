import threading
import queue

results = []
lock = threading.Lock()

def worker(n):
    with lock:
        results.append(n * n)

threads = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print(threading.current_thread().name, threading.main_thread().name)
print(threading.active_count())

class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__(name="counter-%d" % n)
        self.n = n
        self.total = 0
    def run(self):
        for i in range(self.n):
            self.total += i

cs = [Counter(k) for k in (10, 100)]
for c in cs:
    c.start()
for c in cs:
    c.join()
print([c.total for c in cs], [c.name for c in cs], cs[0].is_alive())

q = queue.Queue()
for i in range(5):
    q.put(i)
out = []
def consumer():
    while True:
        try:
            item = q.get(timeout=0.01)
        except queue.Empty:
            break
        out.append(item * 10)
        q.task_done()
t = threading.Thread(target=consumer)
t.start()
t.join()
print(out)

ev = threading.Event()
print(ev.is_set())
ev.set()
print(ev.wait(), ev.is_set())
rl = threading.RLock()
with rl:
    with rl:
        print("reentrant ok")
print(lock.acquire(), lock.locked(), lock.acquire(False))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError", e)
sem = threading.BoundedSemaphore(2)
sem.acquire(); sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError", e)
cond = threading.Condition()
with cond:
    cond.notify_all()
data = threading.local()
data.x = 5
print(data.x)
t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as e:
    print(e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print(e)
print(t.daemon, threading.Thread(target=print, daemon=True).daemon)
timer = threading.Timer(0.01, lambda: print("timer fired"))
timer.start()
timer.join()
def named():
    print("in", threading.current_thread().name)
x = threading.Thread(target=named, name="w1")
x.start(); x.join()
