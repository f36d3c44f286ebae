# sys.exit with an int inside try/finally: finally runs, exit status passes through.
import sys


def main():
    try:
        print("working")
        sys.exit(3)
    except ValueError:
        print("not reached")
    finally:
        print("cleanup runs")


try:
    main()
except SystemExit as e:
    print("caught SystemExit", e.code, repr(e))
    try:
        raise SystemExit(4)
    finally:
        print("re-raising")
