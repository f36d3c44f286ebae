# A JSON-subset serializer and parser with error positions, plus a round trip
class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos

def dumps(value, indent=None, _level=0):
    pad = "" if indent is None else "\n" + " " * (indent * (_level + 1))
    end = "" if indent is None else "\n" + " " * (indent * _level)
    sep = ", " if indent is None else ","
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        out = []
        for ch in value:
            out.append({'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t"}.get(ch, ch))
        return '"' + "".join(out) + '"'
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        return "[" + sep.join(pad + dumps(v, indent, _level + 1) for v in value) + end + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = (pad + dumps(str(k)) + ": " + dumps(v, indent, _level + 1) for k, v in value.items())
        return "{" + sep.join(items) + end + "}"
    raise TypeError(f"Object of type {type(value).__name__} is not serializable")

class Parser:
    def __init__(self, text):
        self.s, self.i = text, 0
    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \n\t\r":
            self.i += 1
    def parse(self):
        v = self.value()
        self.ws()
        if self.i != len(self.s):
            raise ParseError("trailing data", self.i)
        return v
    def value(self):
        self.ws()
        if self.i >= len(self.s):
            raise ParseError("unexpected end", self.i)
        c = self.s[self.i]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.s.startswith(word, self.i):
                self.i += len(word)
                return val
        return self.number()
    def obj(self):
        self.i += 1
        out = {}
        self.ws()
        if self.s[self.i:self.i + 1] == "}":
            self.i += 1
            return out
        while True:
            self.ws()
            if self.s[self.i:self.i + 1] != '"':
                raise ParseError("expected string key", self.i)
            k = self.string()
            self.ws()
            if self.s[self.i:self.i + 1] != ":":
                raise ParseError("expected ':'", self.i)
            self.i += 1
            out[k] = self.value()
            self.ws()
            c = self.s[self.i:self.i + 1]
            self.i += 1
            if c == "}":
                return out
            if c != ",":
                raise ParseError("expected ',' or '}'", self.i - 1)
    def arr(self):
        self.i += 1
        out = []
        self.ws()
        if self.s[self.i:self.i + 1] == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            self.ws()
            c = self.s[self.i:self.i + 1]
            self.i += 1
            if c == "]":
                return out
            if c != ",":
                raise ParseError("expected ',' or ']'", self.i - 1)
    def string(self):
        self.i += 1
        buf = []
        while self.i < len(self.s):
            c = self.s[self.i]
            if c == '"':
                self.i += 1
                return "".join(buf)
            if c == "\\":
                self.i += 1
                buf.append({"n": "\n", "t": "\t"}.get(self.s[self.i], self.s[self.i]))
            else:
                buf.append(c)
            self.i += 1
        raise ParseError("unterminated string", self.i)
    def number(self):
        start = self.i
        while self.i < len(self.s) and self.s[self.i] in "+-0123456789.eE":
            self.i += 1
        text = self.s[start:self.i]
        if not text:
            raise ParseError(f"unexpected character {self.s[start]!r}", start)
        try:
            return float(text) if any(c in text for c in ".eE") else int(text)
        except ValueError:
            raise ParseError(f"bad number {text!r}", start) from None

doc = {"name": "Widget \"Pro\"", "tags": ["a", "b\tc"], "price": 12.5, "stock": 0,
       "active": True, "parent": None, "dims": {"w": 2, "h": [1, 2.25, -3e-05]}, "empty": [], "none": {}}
text = dumps(doc)
print(text)
print(dumps(doc, indent=2))
back = Parser(text).parse()
print(back == doc, Parser(dumps(doc, indent=4)).parse() == doc)
for bad in ['{"a": 1,}', '[1, 2', '{"a" 1}', '[1 2]', '"open', '{"x": tru}', '12 13', '-', '{1: 2}']:
    try:
        print(repr(bad), "->", Parser(bad).parse())
    except ParseError as e:
        print(repr(bad), "-> ParseError:", e)
try:
    dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(Parser(' [ 1 , [ ] , { } , "x\\ny" , -0.5 , 1E3 ] ').parse())
