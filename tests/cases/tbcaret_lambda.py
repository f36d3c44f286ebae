# pyaot: full-stderr
ops = {"neg": lambda v: -v, "half": lambda v: v / 2}
print(ops["half"](4))
print(sorted(["b", "a"], key=lambda s: s.upper()))
print(sorted([3, "a", 1], key=lambda s: s + 1))
