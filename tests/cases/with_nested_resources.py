# Managing several resources: partial acquisition failures roll back in reverse order
log = []
class Resource:
    def __init__(self, name, fail_on=None):
        self.name = name
        self.fail_on = fail_on
    def __enter__(self):
        if self.fail_on == "enter":
            log.append(f"{self.name}: enter FAILED")
            raise OSError(f"cannot open {self.name}")
        log.append(f"{self.name}: opened")
        return self
    def __exit__(self, exc_type, exc, tb):
        log.append(f"{self.name}: closed ({exc_type.__name__ if exc_type else 'clean'})")
        if self.fail_on == "exit":
            raise RuntimeError(f"{self.name} failed to close")
        return False

class ExitStack:
    """A minimal ExitStack: enter managers dynamically, unwind in reverse."""
    def __init__(self):
        self._stack = []
    def enter(self, cm):
        value = cm.__enter__()
        self._stack.append(cm)
        return value
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        suppressed = False
        pending = exc
        while self._stack:
            cm = self._stack.pop()
            try:
                if cm.__exit__(type(pending) if pending else None, pending, None):
                    suppressed, pending = True, None
            except BaseException as new:
                if pending is not None and new.__context__ is None:
                    new.__context__ = pending
                pending = new
        if pending is not None and pending is not exc:
            raise pending
        return suppressed or (exc is not None and pending is None)

def scenario(label, specs, body_fails=False):
    log.clear()
    try:
        with ExitStack() as stack:
            opened = [stack.enter(Resource(n, f)) for n, f in specs]
            log.append("body with " + ",".join(r.name for r in opened))
            if body_fails:
                raise ValueError("body failed")
        log.append("completed")
    except Exception as e:
        ctx = f" (context: {type(e.__context__).__name__})" if e.__context__ else ""
        log.append(f"raised {type(e).__name__}: {e}{ctx}")
    print(label)
    for line in log:
        print("   ", line)

scenario("all fine", [("db", None), ("cache", None), ("file", None)])
scenario("third fails to open", [("db", None), ("cache", None), ("file", "enter")])
scenario("body fails", [("db", None), ("cache", None)], body_fails=True)
scenario("close fails", [("db", "exit"), ("cache", None)])
scenario("body and close fail", [("db", None), ("cache", "exit")], body_fails=True)
