# Reads stdin (empty), handles missing input gracefully then exits with code 2
import sys
lines = sys.stdin.read().splitlines()
print("lines:", len(lines))
nums = [int(x) for x in lines if x.strip().isdigit()]
if not nums:
    print("no numbers given", file=sys.stderr)
    print("usage: feed numbers on stdin")
    sys.exit(2)
print(sum(nums))
