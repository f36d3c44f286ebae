# A small backtracking regex engine: literals, ., character classes, * + ?, anchors, groups with |
class Pattern:
    def __init__(self, source):
        self.source = source
        self.pos = 0
        self.anchored_start = source.startswith("^")
        if self.anchored_start:
            self.pos = 1
        self.node = self.parse_alt()
        if self.pos != len(source):
            raise ValueError(f"unexpected {source[self.pos]!r} at {self.pos}")

    # --- parser: builds nested tuples ---
    def parse_alt(self):
        branches = [self.parse_seq()]
        while self.pos < len(self.source) and self.source[self.pos] == "|":
            self.pos += 1
            branches.append(self.parse_seq())
        return ("alt", branches) if len(branches) > 1 else branches[0]
    def parse_seq(self):
        items = []
        while self.pos < len(self.source) and self.source[self.pos] not in "|)":
            atom = self.parse_atom()
            if self.pos < len(self.source) and self.source[self.pos] in "*+?":
                atom = ("repeat", self.source[self.pos], atom)
                self.pos += 1
            items.append(atom)
        return ("seq", items)
    def parse_atom(self):
        c = self.source[self.pos]
        self.pos += 1
        if c == "(":
            inner = self.parse_alt()
            if self.pos >= len(self.source) or self.source[self.pos] != ")":
                raise ValueError("missing )")
            self.pos += 1
            return inner
        if c == "[":
            end = self.source.index("]", self.pos)
            body = self.source[self.pos:end]
            self.pos = end + 1
            negate = body.startswith("^")
            if negate:
                body = body[1:]
            chars = set()
            i = 0
            while i < len(body):
                if i + 2 < len(body) and body[i + 1] == "-":
                    chars |= {chr(k) for k in range(ord(body[i]), ord(body[i + 2]) + 1)}
                    i += 3
                else:
                    chars.add(body[i])
                    i += 1
            return ("class", frozenset(chars), negate)
        if c == "\\":
            esc = self.source[self.pos]
            self.pos += 1
            if esc == "d":
                return ("class", frozenset("0123456789"), False)
            return ("lit", esc)
        if c == "$" and self.pos == len(self.source):
            return ("end",)
        if c == ".":
            return ("any",)
        if c in "*+?":
            raise ValueError(f"nothing to repeat at {self.pos - 1}")
        return ("lit", c)

    # --- matcher: continuation-passing backtracking ---
    def m(self, node, s, i, k):
        kind = node[0]
        if kind == "lit":
            return i < len(s) and s[i] == node[1] and k(i + 1)
        if kind == "any":
            return i < len(s) and k(i + 1)
        if kind == "class":
            return i < len(s) and ((s[i] in node[1]) != node[2]) and k(i + 1)
        if kind == "end":
            return i == len(s) and k(i)
        if kind == "seq":
            def run(idx, j):
                if idx == len(node[1]):
                    return k(j)
                return self.m(node[1][idx], s, j, lambda j2: run(idx + 1, j2))
            return run(0, i)
        if kind == "alt":
            return any(self.m(b, s, i, k) for b in node[1])
        if kind == "repeat":
            op, inner = node[1], node[2]
            if op == "?":
                return self.m(inner, s, i, k) or k(i)
            def star(j):
                return self.m(inner, s, j, lambda j2: j2 != j and star(j2)) or k(j)
            if op == "*":
                return star(i)
            return self.m(inner, s, i, star)
        raise AssertionError(kind)

    def search(self, s):
        starts = [0] if self.anchored_start else range(len(s) + 1)
        for start in starts:
            found = []
            if self.m(self.node, s, start, lambda end: found.append(end) or True):
                return (start, found[0])
        return None

tests = [
    ("abc", ["xxabcxx", "ab"]),
    ("a.c", ["abc", "a-c", "ac"]),
    ("^ab*c$", ["ac", "abbbc", "abbd", "xabc"]),
    ("colou?r", ["color", "colour", "colouur"]),
    ("[0-9]+-[0-9]+", ["call 555-1234 now", "12-", "-34"]),
    ("(cat|dog)s?", ["hotdogs!", "cats", "bird"]),
    ("^[A-Z][a-z]*$", ["Hello", "hello", "HeLLo", "H"]),
    ("\\d\\d:\\d\\d", ["at 09:45 sharp", "9:45"]),
    ("[^aeiou ]+", ["aei strength", "aeiou"]),
    ("a(b|c)*d", ["abcbcd", "ad", "abxd"]),
]
for pat, subjects in tests:
    p = Pattern(pat)
    results = []
    for s in subjects:
        span = p.search(s)
        results.append(f"{s!r}->{s[span[0]:span[1]]!r}" if span else f"{s!r}->None")
    print(f"{pat:<16}", ", ".join(results))
for bad in ["*a", "(ab", "ab)"]:
    try:
        Pattern(bad)
    except ValueError as e:
        print(f"{bad!r}: ValueError: {e}")
