print("b: start")
import a

def from_b():
    return f"b sees a.VALUE={a.VALUE}"

def early_look():
    return hasattr(a, "VALUE")

print("b: end, a has VALUE yet:", early_look())
