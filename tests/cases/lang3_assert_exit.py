# assert with and without messages, AssertionError args, and an uncaught assert
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    assert isinstance(x, int)
    return x

print(check(3))
for bad in (-1, 2.5):
    try:
        check(bad)
    except AssertionError as e:
        print("AssertionError:", repr(e), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(e)
assert True, "never"
def total(xs):
    assert xs, "need at least one value"
    return sum(xs)
print(total([1, 2]))
total([])
