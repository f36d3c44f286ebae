# nonlocal: binding in enclosing function scopes
def outer():
    x = 1
    log = []
    def inc():
        nonlocal x
        x += 1
        log.append(x)
    def reset():
        nonlocal x
        x = 0
    inc(); inc(); reset(); inc()
    return x, log
print(outer())

def skip_level():
    value = "outer"
    def middle():
        def inner():
            nonlocal value       # resolves to skip_level's value (middle has none)
            value = "set by inner"
        inner()
        return value
    r = middle()
    return r, value
print(skip_level())

def closest_wins():
    v = "outer"
    def middle():
        v = "middle"
        def inner():
            nonlocal v
            v = "inner changed middle"
        inner()
        return v
    return middle(), v
print(closest_wins())

def counter_pair():
    count = 0
    def up():
        nonlocal count
        count += 1
        return count
    def down():
        nonlocal count
        count -= 1
        return count
    return up, down
up, down = counter_pair()
print(up(), up(), up(), down(), up())

def nonlocal_in_loop():
    fns = []
    total = 0
    for i in range(3):
        def add(n=i):
            nonlocal total
            total += n
            return total
        fns.append(add)
    results = [f() for f in fns]
    return results, total
print(nonlocal_in_loop())

def augmented_types():
    s = "a"
    lst = [1]
    t = (1,)
    def go():
        nonlocal s, lst, t
        s += "b"
        lst += [2]
        t += (2,)
    go()
    return s, lst, t
print(augmented_types())
