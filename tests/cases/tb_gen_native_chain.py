# A traceback through yield from chains and a for loop over a generator.


def inner(n):
    yield n
    if n > 1:
        raise KeyError("deep %d" % n)


def middle(n):
    yield "start"
    r = yield from inner(n)
    yield r


def outer():
    for x in middle(2):
        print("got", x)


outer()
