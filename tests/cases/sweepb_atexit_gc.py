import atexit
import gc
import sys


def bye(name, punct="!"):
    print("goodbye", name + punct)


atexit.register(bye, "world")
atexit.register(bye, "again", punct="?")


@atexit.register
def last():
    print("registered last, runs first")


def never():
    print("never printed")


atexit.register(never)
atexit.unregister(never)

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.collect(), type(gc.get_threshold()), len(gc.get_count()))
print("main body done")
sys.exit(3)
