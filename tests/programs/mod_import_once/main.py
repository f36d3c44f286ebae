# each module body runs once, however many times and places it is imported
import sys
print("main: importing counter")
import counter
import counter
print("main: importing user_a and user_b")
import user_a
import user_b
import user_a

def late_import():
    import counter as c
    return c.record("from function")

print(late_import(), late_import())
print(counter.loads, counter.values)
print("counter" in sys.modules, sys.modules["counter"] is counter)
import user_b as ub
print(ub.values is counter.values)
