# An uncaught user exception with a custom __str__, raised from a handler (chained)
class ParseError(Exception):
    def __init__(self, line, msg):
        super().__init__(line, msg)
        self.line = line
        self.msg = msg
    def __str__(self):
        return f"line {self.line}: {self.msg}"

def parse(lines):
    out = []
    for i, l in enumerate(lines, 1):
        try:
            out.append(int(l))
        except ValueError as e:
            raise ParseError(i, f"not a number: {l!r}") from e
    return out

print(parse(["1", "2"]))
print("about to fail")
parse(["3", "x"])
print("never printed")
