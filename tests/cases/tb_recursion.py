# RecursionError caught and printed, then an uncaught error ends the program
import sys

def runaway(n):
    return runaway(n + 1) + 1

try:
    runaway(0)
except RecursionError as e:
    print("recursion")
    print(type(e).__name__, isinstance(e, RuntimeError))

def depth_probe(n):
    try:
        return depth_probe(n + 1)
    except RecursionError:
        return n

d = depth_probe(0)
print("probe ok:", d > 100, d < sys.getrecursionlimit())

def countdown(n):
    if n == 0:
        return 0
    return 1 + countdown(n - 1)
print("countdown(500) =", countdown(500))

def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError:
    print("mutual recursion")
print("recovered; limit is", sys.getrecursionlimit())
raise RecursionError("giving up on purpose")
