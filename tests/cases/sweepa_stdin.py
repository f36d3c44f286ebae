# Reading stdin: input() lines, then sys.stdin for the rest, then EOF.
import sys

n = int(input())
nums = list(map(int, input().split()))
print("n =", n, "sum =", sum(nums[:n]), "max =", max(nums))
name = input("Name? ")
print(f"Hello, {name.strip()}!")
rest = sys.stdin.read().splitlines()
print(len(rest), rest)
for line in rest:
    if not line:
        continue
    cmd, *args = line.split()
    if cmd == "add":
        print(sum(int(a) for a in args))
    elif cmd == "rev":
        print(" ".join(reversed(args)))
    else:
        print("unknown", cmd)
try:
    input()
except EOFError:
    print("EOF reached")
