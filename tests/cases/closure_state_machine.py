# State machines and iterators built purely from closures
def make_turnstile():
    state = "locked"
    coins = 0
    passes = 0
    def event(name):
        nonlocal state, coins, passes
        if name == "coin":
            coins += 1
            state = "unlocked"
        elif name == "push":
            if state == "unlocked":
                passes += 1
                state = "locked"
            else:
                return f"push refused ({state})"
        return state
    def report():
        return {"state": state, "coins": coins, "passes": passes}
    return event, report

event, report = make_turnstile()
for e in ["push", "coin", "push", "push", "coin", "coin", "push"]:
    print(f"{e:<5} -> {event(e)}")
print(report())

def make_iterator(items):
    index = -1
    def has_next():
        return index + 1 < len(items)
    def next_item():
        nonlocal index
        if not has_next():
            raise StopIteration("closure iterator exhausted")
        index += 1
        return items[index]
    def rewind(n=1):
        nonlocal index
        index = max(-1, index - n)
    return has_next, next_item, rewind

has_next, next_item, rewind = make_iterator(["a", "b", "c"])
out = []
while has_next():
    out.append(next_item())
rewind(2)
out.append(next_item())
print(out)
try:
    next_item(); next_item()
except StopIteration as e:
    print("StopIteration:", e)

def make_rate_limiter(limit):
    window = []
    def allow(t):
        while window and window[0] <= t - 10:
            window.pop(0)
        if len(window) < limit:
            window.append(t)
            return True
        return False
    return allow
allow = make_rate_limiter(3)
print([(t, allow(t)) for t in [0, 1, 2, 3, 9, 10, 11, 12, 13, 25]])

def tokenizer(text):
    pos = 0
    def next_token():
        nonlocal pos
        while pos < len(text) and text[pos] == " ":
            pos += 1
        if pos >= len(text):
            return None
        start = pos
        if text[pos].isdigit():
            while pos < len(text) and text[pos].isdigit():
                pos += 1
        else:
            pos += 1
        return text[start:pos]
    return next_token
nt = tokenizer("12 + 345*(6 - 7)")
tokens = []
while (tok := nt()) is not None:
    tokens.append(tok)
print(tokens)
