# Properties vs class attributes: accessing through the class, overriding in subclasses, lazy defaults
class Config:
    defaults = {"retries": 3, "timeout": 10}
    def __init__(self, **overrides):
        self._values = dict(self.defaults, **overrides)
    @property
    def retries(self):
        return self._values["retries"]
    @property
    def timeout(self):
        return self._values["timeout"]
    @timeout.setter
    def timeout(self, v):
        self._values["timeout"] = max(1, v)
    @property
    def summary(self):
        return f"retries={self.retries} timeout={self.timeout}"

class FastConfig(Config):
    defaults = {"retries": 1, "timeout": 2}
    @property
    def retries(self):
        return super().retries * 2

print(Config().summary, "|", FastConfig().summary, "|", FastConfig(retries=5).summary)
print(type(Config.retries).__name__, Config.retries.fget.__name__, Config.timeout.fset is not None)
c = Config()
c.timeout = -4
print(c.timeout)
f = FastConfig()
try:
    f.timeout = 0
    print("FastConfig timeout", f.timeout)
    f.retries = 3
except AttributeError as e:
    print("AttributeError:", e)

class Lazy:
    @property
    def expensive(self):
        print("  computing expensive value once")
        value = sum(range(1000))
        self.__dict__["expensive_cache"] = value
        return value
    @property
    def cached(self):
        return self.__dict__.get("expensive_cache") or self.expensive
lz = Lazy()
print(lz.cached, lz.cached, lz.cached)
print("properties on class:", sorted(n for n in dir(FastConfig) if isinstance(getattr(FastConfig, n), property)))
