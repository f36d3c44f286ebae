# Retry loops and fallbacks driven by exceptions
class TransientError(Exception):
    pass
class FatalError(Exception):
    pass

class FlakyService:
    def __init__(self, script):
        self.script = list(script)
        self.calls = 0
    def call(self):
        self.calls += 1
        outcome = self.script.pop(0) if self.script else "ok"
        if outcome == "transient":
            raise TransientError(f"try {self.calls} failed")
        if outcome == "fatal":
            raise FatalError(f"fatal on try {self.calls}")
        return f"success on try {self.calls}"

def retry(service, attempts):
    last = None
    for i in range(1, attempts + 1):
        try:
            result = service.call()
        except TransientError as e:
            last = e
            print(f"  attempt {i}: {e}, retrying")
            continue
        except FatalError as e:
            print(f"  attempt {i}: {e}, giving up")
            raise
        else:
            print(f"  attempt {i}: {result}")
            return result
    raise RuntimeError(f"all {attempts} attempts failed") from last

scenarios = [
    ["ok"],
    ["transient", "transient", "ok"],
    ["transient", "fatal"],
    ["transient"] * 5,
]
for script in scenarios:
    print("scenario", script)
    svc = FlakyService(script)
    try:
        print(" result:", retry(svc, 3))
    except FatalError as e:
        print(" fatal:", e)
    except RuntimeError as e:
        print(" exhausted:", e, "| cause:", e.__cause__)
    print(" calls made:", svc.calls)

def first_working(*funcs):
    errors = []
    for f in funcs:
        try:
            return f(), errors
        except Exception as e:
            errors.append(f"{f.__name__}: {type(e).__name__}")
    return None, errors
def a(): return 1 / 0
def b(): return [][3]
def c(): return "c works"
def d(): return "d works"
print(first_working(a, b, c, d))
print(first_working(a, b))
