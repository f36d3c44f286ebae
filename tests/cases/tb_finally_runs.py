# finally blocks run (and print) while an uncaught exception propagates
def inner():
    try:
        print("inner: start")
        return {"a": 1}["b"]
    finally:
        print("inner: finally")

def middle():
    try:
        inner()
    except ValueError:
        print("middle: not matched")
    finally:
        print("middle: finally")

def outer():
    try:
        middle()
    finally:
        print("outer: finally")

print("begin")
outer()
print("unreachable")
