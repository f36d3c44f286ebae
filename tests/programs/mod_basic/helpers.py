"""Helper functions for mod_basic."""
print("helpers: importing, __name__ =", __name__)

PI = 3.14159
GREETING = "hello"

def greet(name):
    return f"{GREETING}, {name}!"

def area(r):
    return round(PI * r * r, 3)

def _private():
    return "private helper"

print("helpers: done")
