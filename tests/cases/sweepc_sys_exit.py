import sys
import atexit


def bye():
    print("atexit handler ran")


atexit.register(bye)


def main(argv):
    total = 0
    for i, a in enumerate(["3", "4", "x", "5"]):
        try:
            total += int(a)
        except ValueError:
            print(f"bad arg #{i}: {a!r}", file=sys.stderr)
            continue
    print("total", total)
    try:
        sys.exit("not really")
    except SystemExit as e:
        print("caught SystemExit:", e.code)
    if total > 10:
        return 3
    return 0


try:
    raise SystemExit(5)
except SystemExit as e:
    print(e.code, type(e).__bases__)
print(sys.argv[1:], sys.version_info[:2] >= (3, 8), sys.maxsize > 2**31, type(sys.platform).__name__)
print(sys.getrecursionlimit() > 100, isinstance(sys.path, list), sys.byteorder)
sys.stdout.write("direct write\n")
sys.exit(main(sys.argv))
