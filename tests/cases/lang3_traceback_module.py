# The traceback module: format_exc, format_exception_only, print_exc to a file
import sys
import traceback

def fail(n):
    if n > 2:
        raise ValueError(f"too big: {n}")
    return n

try:
    fail(5)
except ValueError:
    text = traceback.format_exc()
    lines = text.splitlines()
    print(lines[0])
    print(lines[-1])
    print(any("in fail" in l for l in lines))

try:
    raise KeyError("k")
except KeyError as e:
    print(traceback.format_exception_only(type(e), e))
    print("".join(traceback.format_exception(e)).splitlines()[-1])

class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
c = Collector()
try:
    fail(9)
except ValueError:
    traceback.print_exc(file=c)
print("".join(c.parts).splitlines()[-1])
print(repr(traceback.format_exc()))
