# pyaot: full-stderr
# Traceback through a generator expression and a list comprehension.
def items():
    yield 1
    yield 2
    raise LookupError("no more items")


def total():
    return sum(x * 2 for x in items())


print([y for y in range(3)])
result = total()
