from functools import cached_property
from collections import Counter

class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("computing area")
        return 3 * self.r * self.r

c = Circle(2)
print(c.area, c.area)
c.r = 10
print(c.area)
del c.area
print(c.area)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == Counter(a=2), Counter("ab") == {"a": 1, "b": 1}, Counter() != Counter(x=0))
print(Counter("abc") != Counter("abd"))
