# A peekable iterator wrapper and a parser that relies on lookahead
class Peekable:
    _EMPTY = object()
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._buf = []
    def __iter__(self):
        return self
    def __next__(self):
        if self._buf:
            return self._buf.pop()
        return next(self._it)
    def peek(self, default=_EMPTY):
        if not self._buf:
            try:
                self._buf.append(next(self._it))
            except StopIteration:
                if default is Peekable._EMPTY:
                    raise
                return default
        return self._buf[-1]
    def push_back(self, value):
        self._buf.append(value)
    def __bool__(self):
        return self.peek(None) is not None

p = Peekable(x * x for x in range(5))
print(p.peek(), p.peek(), next(p), next(p), p.peek(), list(p), p.peek("done"), bool(p))
try:
    p.peek()
except StopIteration:
    print("peek on empty raises StopIteration")
p2 = Peekable("abc")
first = next(p2)
p2.push_back(first.upper())
print(list(p2))

def parse_list(tokens):
    """Parses nested lists like [1,[2,3],[]] from a character stream."""
    tok = next(tokens)
    if tok == "[":
        items = []
        if tokens.peek() == "]":
            next(tokens)
            return items
        while True:
            items.append(parse_list(tokens))
            sep = next(tokens)
            if sep == "]":
                return items
            if sep != ",":
                raise SyntaxError(f"expected ',' or ']', got {sep!r}")
    digits = tok
    while tokens.peek("").isdigit():
        digits += next(tokens)
    return int(digits)

for text in ["[1,[2,3],[]]", "[10,[20,[30,[40]]],5]", "42", "[1;2]"]:
    try:
        print(text, "->", parse_list(Peekable(text)))
    except SyntaxError as e:
        print(text, "-> SyntaxError:", e)

def dedupe_runs(it):
    it = Peekable(it)
    for x in it:
        count = 1
        while it.peek(None) == x:
            next(it)
            count += 1
        yield (x, count)
print(list(dedupe_runs([1, 1, 2, 3, 3, 3, 1])))
