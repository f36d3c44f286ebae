# A table of every generator method over several seeds and arguments, so
# any divergence from CPython's stream shows up.
import random

calls = [
    ("random", ()),
    ("getrandbits", (1,)),
    ("getrandbits", (31,)),
    ("getrandbits", (95,)),
    ("randrange", (7,)),
    ("randrange", (3, 1000)),
    ("randrange", (-10**12, 10**12, 3)),
    ("randint", (0, 2**64)),
    ("choice", ("abcdefghij",)),
    ("choices", ([10, 20, 30],)),
    ("sample", (range(30), 4)),
    ("uniform", (-5, 5)),
    ("triangular", (1, 9, 2)),
    ("gauss", (0, 1)),
    ("normalvariate", (10, 2)),
    ("lognormvariate", (0, 0.5)),
    ("expovariate", (2,)),
    ("vonmisesvariate", (3.0, 0.5)),
    ("gammavariate", (0.3, 1.0)),
    ("gammavariate", (5.0, 2.0)),
    ("betavariate", (1.5, 4.0)),
    ("paretovariate", (1.2,)),
    ("weibullvariate", (2.0, 0.7)),
    ("randbytes", (6,)),
]
for seed in [0, 1, 17, 2**40 + 3, -99, "text seed", b"\x00\xff"]:
    r = random.Random(seed)
    print("seed", repr(seed))
    for name, args in calls:
        print("  ", name, args if not isinstance(args[:1], tuple) or not args or not isinstance(args[0], range) else "(range)", getattr(r, name)(*args))
    items = list(range(12))
    r.shuffle(items)
    print("   shuffle", items)
