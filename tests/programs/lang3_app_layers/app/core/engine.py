from ..util.text import slug, Formatter
from ..util import numbers as num
from . import rules


class EngineError(Exception):
    pass


class Engine:
    def __init__(self, name):
        self.name = slug(name)
        self.fmt = Formatter("[{}]")
        self.steps = []

    def add(self, value):
        if not rules.allowed(value):
            raise EngineError(f"value {value} rejected by {rules.__name__}")
        self.steps.append(num.clamp(value, 0, 10))
        return self

    def report(self):
        return self.fmt(f"{self.name}: {self.steps} sum={num.total(self.steps)}")
