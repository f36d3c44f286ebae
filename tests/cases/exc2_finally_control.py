# return / break / continue interacting with try/finally
def return_in_finally():
    try:
        return "from try"
    finally:
        return "from finally"     # overrides the try's return
print(return_in_finally())

def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "finally return swallows the exception"
print(finally_swallows())

def return_value_evaluated_first():
    x = 1
    try:
        return x          # value 1 is already computed
    finally:
        x = 100
        print("  finally sets x =", x)
print(return_value_evaluated_first())

def mutable_return():
    items = [1]
    try:
        return items
    finally:
        items.append(2)   # the returned object is mutated
print(mutable_return())

def break_in_finally():
    for i in range(5):
        try:
            if i == 2:
                raise KeyError(i)
        finally:
            if i == 2:
                print("  break in finally at", i)
                break
    return f"loop ended at i={i}"
print(break_in_finally())

def continue_in_finally():
    seen = []
    for i in range(4):
        try:
            if i % 2:
                raise ValueError(i)
            seen.append(i)
        finally:
            continue
    return seen
print(continue_in_finally())

def break_in_try():
    out = []
    for i in range(10):
        try:
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(break_in_try())

def continue_in_try():
    out = []
    for i in range(4):
        try:
            if i % 2 == 0:
                continue
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(continue_in_try())

def while_with_finally():
    n = 0
    log = []
    while True:
        try:
            n += 1
            if n == 3:
                return log
            log.append(n)
        finally:
            log.append(f"cleanup{n}")
print(while_with_finally())

def nested_return():
    try:
        try:
            return "inner try"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")
print(nested_return())
