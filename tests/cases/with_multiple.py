# Multiple context managers in one statement: enter order, exit order (reverse)
log = []
class CM:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name = name
        self.fail_enter = fail_enter
        self.suppress = suppress
    def __enter__(self):
        log.append(f"enter {self.name}")
        if self.fail_enter:
            raise RuntimeError(f"{self.name} failed to enter")
        return self.name
    def __exit__(self, exc_type, exc, tb):
        log.append(f"exit {self.name} ({exc_type.__name__ if exc_type else 'ok'})")
        return self.suppress

def run(label, fn):
    log.clear()
    try:
        fn()
        log.append("completed")
    except Exception as e:
        log.append(f"raised {type(e).__name__}: {e}")
    print(label)
    for line in log:
        print("   ", line)

def ok():
    with CM("a") as a, CM("b") as b, CM("c") as c:
        log.append(f"body {a}{b}{c}")
run("all ok", ok)

def body_fails():
    with CM("a"), CM("b"):
        raise ValueError("in body")
run("body raises", body_fails)

def second_enter_fails():
    with CM("a"), CM("b", fail_enter=True), CM("c"):
        log.append("body")
run("second enter fails", second_enter_fails)

def inner_suppresses():
    with CM("outer"), CM("inner", suppress=True):
        raise KeyError("k")
run("inner suppresses", inner_suppresses)

def outer_suppresses():
    with CM("outer", suppress=True), CM("inner"):
        raise KeyError("k")
run("outer suppresses", outer_suppresses)

def parenthesized():
    with (
        CM("p1") as x,
        CM("p2") as y,
    ):
        log.append(f"body {x} {y}")
run("parenthesized form", parenthesized)

def nested_equivalent():
    with CM("a"):
        with CM("b"):
            raise IndexError("nested")
run("nested statements", nested_equivalent)
