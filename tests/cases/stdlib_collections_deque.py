from collections import deque

# deterministic pseudo-random op sequence checked against a list model
state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n

for maxlen in [None, 0, 1, 3, 7]:
    d = deque(maxlen=maxlen)
    model = []
    log = []
    for step in range(600):
        op = rnd(9)
        v = rnd(100)
        if op == 0 or op == 1:
            d.append(v); model.append(v)
            if maxlen is not None and len(model) > maxlen: del model[0]
        elif op == 2 or op == 3:
            d.appendleft(v); model.insert(0, v)
            if maxlen is not None and len(model) > maxlen: model.pop()
        elif op == 4:
            if model:
                assert d.pop() == model.pop()
            else:
                try:
                    d.pop()
                except IndexError as e:
                    log.append(str(e))
        elif op == 5:
            if model:
                assert d.popleft() == model.pop(0)
            else:
                try:
                    d.popleft()
                except IndexError as e:
                    log.append(str(e))
        elif op == 6:
            k = rnd(7) - 3
            d.rotate(k)
            if model:
                k %= len(model)
                model[:] = model[-k:] + model[:-k] if k else model
        elif op == 7 and model:
            i = rnd(len(model))
            assert d[i] == model[i] and d[-1 - i] == model[-1 - i]
            d[i] = -v; model[i] = -v
        elif op == 8:
            assert (v in d) == (v in model)
        assert list(d) == model, (step, list(d), model)
        assert len(d) == len(model) and bool(d) == bool(model)
    print(maxlen, d, len(log), list(reversed(d)) == model[::-1])

q = deque([0])
seen = {0}
order = []
while q:
    x = q.popleft()
    order.append(x)
    for y in (2 * x + 1, 3 * x + 1):
        if y < 20000 and y not in seen:
            seen.add(y)
            q.append(y)
print(len(order), order[:15], order[-3:])
big = deque(range(200000))
total = 0
while big:
    total += big.popleft()
print(total)
try:
    deque([1])[5]
except IndexError as e:
    print("IndexError", e)
