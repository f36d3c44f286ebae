# pyaot: full-stderr
import sys
import traceback

def deep(n):
    if n == 0:
        return [][0]
    return deep(n - 1)

try:
    deep(3)
except IndexError:
    print(traceback.format_exc())
try:
    {}["k"]
except KeyError:
    traceback.print_exc(file=sys.stdout)
print("done")
