# try/finally with return, break, continue and exception interplay.
def f1():
    try:
        return "try"
    finally:
        print("f1 finally")


def f2():
    try:
        return "try"
    finally:
        return "finally"


def f3():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("fin", i)
    return i


def f4():
    try:
        raise ValueError("x")
    except ValueError:
        return "except"
    else:
        return "else"
    finally:
        print("f4 finally")


def f5():
    try:
        pass
    except Exception:
        return "no"
    else:
        return "else"
    finally:
        print("f5 finally")


def f6():
    x = []
    try:
        try:
            raise KeyError("k")
        finally:
            x.append("inner finally")
    except KeyError as e:
        x.append("caught %r" % e)
    finally:
        x.append("outer finally")
    return x


def f7():
    try:
        1 / 0
    finally:
        return "swallowed"


def f8(n):
    while True:
        try:
            n -= 1
            if n < 0:
                return "done"
        finally:
            print("loop fin", n)


def f9():
    try:
        raise ValueError("a")
    except ValueError as e:
        err = e
    try:
        print(e)
    except NameError as ne:
        print("NameError:", ne)
    return err


print(f1(), f2(), f3(), f4(), f5())
print(f6())
print(f7())
print(f8(2))
print(repr(f9()))
