# sys.maxsize, sys.getrecursionlimit
import sys
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.maxsize + 1, -sys.maxsize - 1)
print(sys.getrecursionlimit())
print(type(sys.argv).__name__, len(sys.argv))
print(isinstance(sys.maxsize, int), sys.maxsize.bit_length())
