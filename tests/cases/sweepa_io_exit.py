# print options, input() at EOF, sys.argv, sys.exit with a message.
import sys

print("a", "b", "c", sep="|", end="!\n")
print("no newline", end="")
print()
print(*range(5), sep=", ")
print("to stderr", file=sys.stderr)
print("x", "y", sep="")
print(sep="-", end="END\n")
sys.stdout.write("written %d\n" % 5)
print(len(sys.argv), sys.argv[0].endswith(".py") or sys.argv[0] != "")
try:
    line = input("prompt> ")
except EOFError as e:
    print("EOFError", repr(e))
print(sys.version_info[0], sys.version_info >= (3, 8), sys.maxsize == 2**63 - 1)
print(type(sys.stdin).__name__, sys.byteorder, isinstance(sys.path, list))


def check(n):
    if n > 2:
        sys.exit("fatal: n too big")
    return n


for i in range(5):
    print("check", check(i))
print("unreachable")
