# plugins register themselves into a shared registry module when imported
import registry
print("before plugin imports:", registry.names())
import text_plugins
import math_plugins
import text_plugins   # second import does not re-register

print(registry.names())
print(registry.load_order)
print(registry.run("reverse", "stressed"), registry.run("title", "hello world"))
print(registry.run("sum", 1, 2, 3), registry.run("mean", 2, 4, 9))
try:
    @registry.plugin("sum")
    def another(*a):
        return 0
except ValueError as e:
    print("ValueError:", e)
try:
    registry.run("missing")
except KeyError as e:
    print("KeyError:", e)
