# next() on an exhausted user iterator, uncaught
class Tokens:
    def __init__(self, text):
        self.parts = text.split()
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= len(self.parts):
            raise StopIteration
        self.i += 1
        return self.parts[self.i - 1]

t = Tokens("let x be 5")
print(next(t), next(t), next(t), next(t))
print("exhausted; next() with default:", next(t, "<end>"))
print(next(t))
