# sys.argv handling
import sys
print(len(sys.argv), type(sys.argv[0]).__name__)
args = sys.argv[1:]
print(args)
for i, a in enumerate(args):
    print(i, repr(a), a.isdigit())
nums = [int(a) for a in args if a.lstrip('-').isdigit()]
print('numbers', nums, sum(nums))
print(' '.join([a.upper() for a in args]))
