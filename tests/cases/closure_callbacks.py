# Callback registries built with closures
def make_emitter():
    listeners = {}
    def on(event, fn):
        listeners.setdefault(event, []).append(fn)
        def unsubscribe():
            listeners[event].remove(fn)
        return unsubscribe
    def emit(event, *args):
        return [fn(*args) for fn in list(listeners.get(event, []))]
    def count(event):
        return len(listeners.get(event, []))
    return on, emit, count

on, emit, count = make_emitter()
received = []
unsub_a = on("data", lambda x: received.append(("a", x)) or "a")
unsub_b = on("data", lambda x: received.append(("b", x * 2)) or "b")
on("done", lambda: "finished")
print(emit("data", 1), count("data"))
unsub_a()
print(emit("data", 2), count("data"))
print(emit("done"), emit("unknown"))
print(received)

def once(fn):
    called = False
    result = None
    def wrapper(*args):
        nonlocal called, result
        if not called:
            called = True
            result = fn(*args)
        return result
    return wrapper
init = once(lambda name: f"initialized {name}")
print(init("first"), init("second"), init("third"))

def debounce_counter():
    last = None
    fired = []
    def push(value):
        nonlocal last
        if value != last:
            fired.append(value)
            last = value
    return push, fired
push, fired = debounce_counter()
for v in [1, 1, 2, 2, 2, 3, 1, 1]:
    push(v)
print(fired)

def make_validators(rules):
    checks = []
    for name, (lo, hi) in rules.items():
        def check(record, name=name, lo=lo, hi=hi):
            v = record.get(name)
            return None if v is not None and lo <= v <= hi else f"{name} not in [{lo}, {hi}]"
        checks.append(check)
    def validate(record):
        return [msg for c in checks if (msg := c(record))]
    return validate
validate = make_validators({"age": (0, 130), "score": (0, 100)})
print(validate({"age": 30, "score": 50}), validate({"age": -1, "score": 500}), validate({}))
