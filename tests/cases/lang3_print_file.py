# print(..., file=obj) calls obj.write once per piece; a redirected sys.stdout too
import sys
class W:
    def __init__(self): self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
w = W()
print("a", 1, [2], file=w)
print(file=w)
print("x", "y", sep="", end="", file=w)
print(w.parts)
old = sys.stdout
sys.stdout = w
print("redirected", 5)
sys.stdout = old
print(w.parts)
print("err", file=sys.stderr)
