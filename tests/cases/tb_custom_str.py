# Uncaught exception whose __str__ is customized: the last stderr line uses it
class ParseError(Exception):
    def __init__(self, line, col, msg):
        super().__init__(line, col, msg)
        self.line, self.col, self.msg = line, col, msg
    def __str__(self):
        return f"line {self.line}, column {self.col}: {self.msg}"

def tokenize(src):
    tokens = []
    for lineno, line in enumerate(src.splitlines(), 1):
        for col, ch in enumerate(line, 1):
            if ch.isspace():
                continue
            if ch.isalnum() or ch in "+-*/()=":
                tokens.append(ch)
            else:
                raise ParseError(lineno, col, f"unexpected character {ch!r}")
    return tokens

print(tokenize("a = b + 1\nc = (a * 2)"))
print(tokenize("x = 1\ny = x $ 2"))
