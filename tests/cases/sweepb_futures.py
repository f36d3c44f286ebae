import concurrent.futures
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, as_completed, wait, ALL_COMPLETED
import threading
import time

def square(x):
    return x * x

def fail(x):
    raise ValueError("bad %d" % x)

with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, range(6))))
    futs = [ex.submit(square, i) for i in range(5)]
    print(sorted(f.result() for f in as_completed(futs)))
    f = ex.submit(fail, 3)
    try:
        f.result()
    except ValueError as e:
        print("ValueError", e, f.exception(), f.done(), f.cancelled())
    done, not_done = wait(futs, return_when=ALL_COMPLETED)
    print(len(done), len(not_done))
    g = ex.submit(pow, 2, 10)
    g.add_done_callback(lambda fut: print("callback", fut.result()))
    print(threading.current_thread().name)
    print(ex.submit(lambda: threading.current_thread().name).result().startswith("ThreadPoolExecutor-"))
results = {}
with ThreadPoolExecutor() as ex:
    fmap = {ex.submit(square, n): n for n in [3, 1, 2]}
    for fut in concurrent.futures.as_completed(fmap):
        results[fmap[fut]] = fut.result()
print(sorted(results.items()))
with ProcessPoolExecutor(max_workers=2) as pex:
    print(list(pex.map(square, [1, 2, 3], chunksize=2)))
ex = ThreadPoolExecutor(2)
ex.shutdown()
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    ThreadPoolExecutor(0)
except ValueError as e:
    print("ValueError", e)
fut = concurrent.futures.Future()
print(fut.done(), fut.cancel(), fut.cancelled())
try:
    fut.result()
except concurrent.futures.CancelledError:
    print("cancelled")
f2 = concurrent.futures.Future(); f2.set_result(5); print(f2.result(), f2.done())
lock = threading.Lock()
total = [0]
def add(n):
    with lock:
        total[0] += n
with ThreadPoolExecutor(max_workers=3) as ex:
    list(ex.map(add, range(100)))
print(total[0])
