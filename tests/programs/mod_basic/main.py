# import mod / from mod import name / import as
print("main: start, __name__ =", __name__)
import helpers
from helpers import greet, PI as pi_value
import helpers as h

print(helpers.greet("world"))
print(greet("ann"), pi_value, helpers.area(2))
print(h is helpers, h.greet is greet)
print(helpers.__name__, helpers.__doc__)
print(helpers._private())
print(type(helpers).__name__)
print(sorted(n for n in dir(helpers) if not n.startswith("__")))


def main():
    print("main() running")
    helpers.GREETING = "hi"
    print(greet("bob"), h.greet("cy"))


if __name__ == "__main__":
    main()
