# The site builtins exit() and quit() raise SystemExit.
for f in (exit, quit):
    for args in [(), (0,), (5,), ("message",), (None,)]:
        try:
            f(*args)
        except SystemExit as e:
            print(type(e).__name__, repr(e.code), e.args)
try:
    exit(1, 2)
except TypeError as e:
    print("TypeError")
print("exiting")
exit(3)
print("not reached")
