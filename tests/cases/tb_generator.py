# Exception propagating out of a generator into the consuming loop
def readings(raw):
    for i, r in enumerate(raw):
        if r < 0:
            raise ValueError(f"sensor {i} returned negative reading {r}")
        yield r * 1.5

total = 0
for value in readings([2, 4, 6]):
    total += value
    print("value", value, "running", total)
print("first batch ok")
for value in readings([1, 3, -7, 9]):
    print("value", value)
