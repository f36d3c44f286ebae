from pprint import pformat, pprint, PrettyPrinter

config = {
    "server": {"host": "example.org", "ports": [80, 443, 8080, 8443], "tls": {"cert": "/etc/ssl/cert.pem", "key": "/etc/ssl/key.pem"}},
    "users": [{"name": "alice", "roles": ["admin", "dev"], "quota": 1.5e9}, {"name": "bob", "roles": [], "quota": None}],
    "features": {"beta": True, "flags": tuple(f"flag{i}" for i in range(12))},
}
pprint(config)
pprint(config, width=120)
pprint(config, width=30, depth=2)
print(pformat(config["users"], indent=2, sort_dicts=False))
matrix = [[i * j for j in range(10)] for i in range(8)]
pprint(matrix)
pprint(matrix, compact=True, width=50)
words = {w: len(w) for w in "the quick brown fox jumps over the lazy dog again and again".split()}
pprint(words, width=40)
pp = PrettyPrinter(indent=3, width=60, sort_dicts=True)
pp.pprint({"z": list(range(20)), "a": {"nested": ("tuple", "of", "strings", "that", "is", "long", "enough")}})
print(pp.isreadable(config), pp.isrecursive(config))
pprint("short")
pprint(12345678901234567890)
pprint([])
pprint(((),))
pprint({1: {2: {3: {4: {5: "deep"}}}}}, depth=3)
