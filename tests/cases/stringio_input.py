# input() and sys.stdin methods read from a StringIO put in sys.stdin, and
# input()'s prompt goes to a replaced sys.stdout.
import io
import sys

sys.stdin = io.StringIO("3\n10 20 30\nalpha beta\nlast line without newline")
n = int(input())
numbers = list(map(int, input().split()))
words = sys.stdin.readline().split()
print(n, numbers, sum(numbers), words)
print(repr(input("> ")))
try:
    input()
except EOFError as e:
    print("EOFError:", e)

captured = io.StringIO()
sys.stdout = captured
sys.stdin = io.StringIO("Ada\n")
name = input("Your name: ")
print("Hello,", name)
sys.stdout = sys.__stdout__
sys.stdin = sys.__stdin__
print(repr(captured.getvalue()))

lines = io.StringIO("a=1\nb=2\n\nc=3\n")
sys.stdin = lines
config = {}
for line in sys.stdin:
    line = line.strip()
    if line:
        key, value = line.split("=")
        config[key] = int(value)
print(config)
