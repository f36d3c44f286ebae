# SystemExit raised deep in the call stack, finally blocks run, exit code is 4
import sys

def validate(args):
    if len(args) < 3:
        print("usage error: need 3 args, got", len(args))
        sys.exit(4)
    return args

def main():
    try:
        validate(["a", "b", "c"])
        print("first validation passed")
        validate(["a"])
        print("never")
    finally:
        print("main cleanup")

try:
    main()
except Exception:
    print("SystemExit is not an Exception, so this is not printed")
