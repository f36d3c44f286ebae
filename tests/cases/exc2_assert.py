# assert statements with and without messages
def check_sorted(xs):
    for i in range(len(xs) - 1):
        assert xs[i] <= xs[i + 1], f"not sorted at {i}: {xs[i]} > {xs[i + 1]}"
    return True

for xs in ([1, 2, 3], [1, 3, 2], [], [5, 5, 4]):
    try:
        print(xs, check_sorted(xs))
    except AssertionError as e:
        print(xs, "AssertionError:", e, e.args)

try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("no message:", repr(e), e.args)

try:
    assert [], ["list", "message"]
except AssertionError as e:
    print("list message:", e.args[0], type(e.args[0]).__name__)

def side_effect():
    print("  message evaluated")
    return "lazy message"
assert True, side_effect()
try:
    assert False, side_effect()
except AssertionError as e:
    print("got:", e)

class Account:
    def __init__(self, balance):
        assert balance >= 0, "negative opening balance"
        self.balance = balance
    def withdraw(self, amount):
        assert amount > 0, ("bad amount", amount)
        self.balance -= amount
        assert self.balance >= 0, f"overdrawn by {-self.balance}"
        return self.balance
a = Account(10)
for amt in (3, -1, 20):
    try:
        print("withdraw", amt, "->", a.withdraw(amt))
    except AssertionError as e:
        print("withdraw", amt, "failed:", e)
try:
    Account(-5)
except AssertionError as e:
    print("AssertionError:", e)
x = 5
assert x == 5 and isinstance(x, int)
print("all asserts passed", isinstance(AssertionError(), Exception))
