# try/except/else/finally: when else runs, exceptions in else are not caught by siblings
def attempt(x):
    log = []
    try:
        log.append("try")
        value = 10 // x
    except ZeroDivisionError:
        log.append("except")
        value = None
    else:
        log.append("else")
        value += 1
    finally:
        log.append("finally")
    return value, log

for x in (2, 0, -3):
    print(x, attempt(x))

def else_error_not_caught(x):
    try:
        try:
            y = int(x)
        except ValueError:
            return "parse failed"
        else:
            return 100 // y      # ZeroDivisionError here is NOT handled by the except above
    except ZeroDivisionError:
        return "zero handled by outer try"
print(else_error_not_caught("5"), else_error_not_caught("x"), else_error_not_caught("0"))

def loop_else(items, target):
    for i, it in enumerate(items):
        try:
            if it == target:
                break
        finally:
            pass
    else:
        return "not found"
    return f"found at {i}"
print(loop_else([1, 2, 3], 2), loop_else([1, 2, 3], 7))

def return_in_else():
    try:
        pass
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("  finally before returning from else")
print(return_in_else())

results = []
for n in range(-2, 3):
    try:
        r = 12 / n
    except ZeroDivisionError:
        results.append("inf")
        continue
    else:
        if r < 0:
            results.append("neg")
            continue
    finally:
        results.append("|")
    results.append(r)
print(results)
