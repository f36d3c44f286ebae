# Redirecting sys.stdout to a custom writer inside a context manager
import sys

class Capture:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
        return len(text)
    def flush(self):
        pass
    def __enter__(self):
        self._saved = sys.stdout
        sys.stdout = self
        return self
    def __exit__(self, *exc):
        sys.stdout = self._saved
        return False
    @property
    def text(self):
        return "".join(self.parts)

with Capture() as cap:
    print("hello")
    print("a", "b", sep="-", end="!\n")
    print(42)
print("captured:", repr(cap.text))
print("lines:", cap.text.splitlines())

def noisy(n):
    for i in range(n):
        print(f"line {i}")
    return n * 10

with Capture() as cap2:
    result = noisy(3)
print("result", result, "captured", cap2.text.count("\n"), "lines")

try:
    with Capture() as cap3:
        print("before error")
        raise ValueError("inside capture")
except ValueError as e:
    print("stdout restored after error:", e, repr(cap3.text))

class Upper:
    def __init__(self, target):
        self.target = target
    def write(self, s):
        return self.target.write(s.upper())
    def flush(self):
        self.target.flush()
saved = sys.stdout
sys.stdout = Upper(saved)
print("this line is shouted")
sys.stdout = saved
print("back to normal")
sys.stdout.write("direct write\n")
print(sys.stdout is saved)
