# pyaot: full-stderr
config = {"a": {"b": 1}}
print(config["a"]["b"])
value = config["a"]["c"] + 1
