# pyaot: full-stderr
# Uncaught custom exception with a chained context, raised from a method and a lambda.
class ConfigError(Exception):
    def __init__(self, key):
        super().__init__(f"missing key: {key}")
        self.key = key


class Config:
    def __init__(self, data):
        self.data = data

    def get(self, key):
        try:
            return self.data[key]
        except KeyError:
            raise ConfigError(key)


cfg = Config({"a": 1})
print(cfg.get("a"))
fetch = lambda k: cfg.get(k)
print(list(map(fetch, ["a", "a"])))
print(fetch("b"))
