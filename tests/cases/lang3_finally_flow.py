# finally with return/break/continue, return value overriding, exceptions swallowed by return
def f1():
    try:
        return "try"
    finally:
        print("  f1 finally")

def f2():
    try:
        return "try"
    finally:
        return "finally"

def f3():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the error"

def f4():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("  body", i)
        finally:
            print("  finally", i)
    return "loop done"

def f5():
    x = 0
    try:
        x = 1
        return x
    finally:
        x = 99
        print("  x set to", x)

def f6():
    out = []
    for i in range(3):
        try:
            try:
                if i == 2:
                    raise KeyError(i)
                out.append(i)
            finally:
                out.append(f"inner{i}")
        except KeyError as e:
            out.append(f"caught{e}")
        finally:
            out.append(f"outer{i}")
    return out

def f7():
    while True:
        try:
            return "from loop"
        finally:
            print("  leaving loop via return")

def f8():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError:
            continue
        finally:
            print("  f8 finally", i)
    return "f8 done"

def f9(n):
    try:
        if n:
            raise RuntimeError("boom")
        return "normal"
    except RuntimeError:
        return "handled"
    else:
        return "else"
    finally:
        print("  f9 finally", n)

for f in (f1, f2, f3, f4, f5, f6, f7, f8):
    print(f.__name__, "->", f())
print(f9(0), f9(1))

def gen_count():
    count = 0
    for i in range(10):
        try:
            if i % 2:
                continue
            count += 1
        finally:
            count += 100
    return count
print(gen_count())

def cleanup_order():
    try:
        try:
            return "value"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")
print(cleanup_order())
