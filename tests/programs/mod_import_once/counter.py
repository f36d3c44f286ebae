print("counter: module body executing")
loads = 0
loads += 1
values = []

def record(v):
    values.append(v)
    return len(values)
