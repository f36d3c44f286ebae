# print() with sep/end/file/flush and str() of many objects.
import sys
print()
print("a", "b", sep="")
print("a", "b", sep=None, end=None)
print(1, 2, 3, sep=", ", end=".\n")
print("no newline", end="")
print(" then", flush=True)
print("to stdout", file=sys.stdout)
print(*range(5))
print(*[], sep="x")
print("x", "y", sep="\n")
print(None, True, 1.0, 1e100, -0.0, [None], (None,), {None: None}, {1}, set(), b"", bytearray(b"x"), range(2), slice(1), 3j, Ellipsis, NotImplemented)
print(str(print)[:20], repr(sys.stdout)[:22])
class S:
    def __str__(self):
        return "S-str"
    def __repr__(self):
        return "S-repr"
print(S(), [S()], (S(),), {S(): S()} if False else "", f"{S()}", f"{S()!r}", "%s %r" % (S(), S()), str(S()), repr(S()), format(S()))
try:
    print("x", sep=1)
except TypeError as e:
    print(e)
try:
    print("x", file=1)
except AttributeError as e:
    print(e)
sys.stdout.write("written\n")
print(sys.stdout.write("abc"), end="\n")
