# pyaot: full-stderr
import helpers
from helpers import Stack

s = Stack()
s.push(1)
print(s.pop())
print(helpers.scale([1, 2], 3))
total = helpers.scale([1, 2], 3)[0] + s.pop()
