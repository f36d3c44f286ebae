import atexit


def bad():
    raise ValueError("boom in atexit")


def good():
    print("good handler")


atexit.register(good)
atexit.register(bad)
print("body")
raise KeyError("uncaught")
