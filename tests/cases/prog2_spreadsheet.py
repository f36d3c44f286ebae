# A spreadsheet: cells with formulas, dependency tracking, recalculation and cycle detection
class CellError(Exception):
    pass

class Sheet:
    def __init__(self):
        self.raw = {}
        self.cache = {}
        self.evaluations = 0

    def set(self, ref, value):
        self.raw[ref] = value
        self.cache.clear()

    def get(self, ref, _stack=()):
        if ref in _stack:
            raise CellError("cycle: " + " -> ".join(_stack + (ref,)))
        if ref in self.cache:
            return self.cache[ref]
        raw = self.raw.get(ref, "")
        if isinstance(raw, str) and raw.startswith("="):
            value = self.evaluate(raw[1:], _stack + (ref,))
        elif raw == "":
            value = 0
        else:
            value = raw
        self.cache[ref] = value
        return value

    def cells_in(self, a, b):
        col1, row1, col2, row2 = a[0], int(a[1:]), b[0], int(b[1:])
        return [f"{chr(c)}{r}" for c in range(ord(col1), ord(col2) + 1) for r in range(row1, row2 + 1)]

    def evaluate(self, expr, stack):
        self.evaluations += 1
        tokens, cur = [], ""
        for ch in expr:
            if ch.isalnum() or ch in ".:":
                cur += ch
                continue
            if cur:
                tokens.append(cur)
                cur = ""
            if ch in "+-*/(),":
                tokens.append(ch)
            elif not ch.isspace():
                raise CellError(f"bad character {ch!r}")
        if cur:
            tokens.append(cur)
        pos = 0
        def peek():
            return tokens[pos] if pos < len(tokens) else None
        def take():
            nonlocal pos
            pos += 1
            return tokens[pos - 1]
        def atom():
            t = take()
            if t == "(":
                v = add()
                take()
                return v
            if t in ("SUM", "MAX", "MIN", "AVG"):
                take()
                args = []
                while peek() != ")":
                    item = take()
                    if ":" in item:
                        args += [self.get(c, stack) for c in self.cells_in(*item.split(":"))]
                    elif item != ",":
                        args.append(self.get(item, stack) if item[0].isalpha() else float(item))
                take()
                if t == "SUM": return sum(args)
                if t == "MAX": return max(args)
                if t == "MIN": return min(args)
                return sum(args) / len(args)
            if t[0].isalpha():
                v = self.get(t, stack)
                if isinstance(v, str):
                    raise CellError(f"{t} is text, not a number")
                return v
            return float(t) if "." in t else int(t)
        def mul():
            v = atom()
            while peek() in ("*", "/"):
                op = take()
                r = atom()
                if op == "/" and r == 0:
                    raise CellError("division by zero")
                v = v * r if op == "*" else v / r
            return v
        def add():
            v = mul()
            while peek() in ("+", "-"):
                op = take()
                v = v + mul() if op == "+" else v - mul()
            return v
        return add()

    def show(self, refs):
        for ref in refs:
            try:
                value = self.get(ref)
                shown = f"{value:.2f}" if isinstance(value, float) else str(value)
            except CellError as e:
                shown = f"#ERR ({e})"
            print(f"  {ref:<3} {str(self.raw.get(ref, '')):<22} {shown}")

s = Sheet()
data = {"A1": "item", "B1": "qty", "C1": "price", "D1": "total",
        "A2": "pens", "B2": 10, "C2": 1.5, "D2": "=B2*C2",
        "A3": "paper", "B3": 3, "C3": 4.25, "D3": "=B3*C3",
        "A4": "ink", "B4": 2, "C4": 19.99, "D4": "=B4*C4",
        "D5": "=SUM(D2:D4)", "D6": "=D5*0.2", "D7": "=D5+D6",
        "B8": "=AVG(B2:B4)", "C8": "=MAX(C2:C4) - MIN(C2:C4)", "D8": "=(D7 - D5) / D6"}
for ref, v in data.items():
    s.set(ref, v)
refs = ["D2", "D3", "D4", "D5", "D6", "D7", "B8", "C8", "D8"]
s.show(refs)
print("evaluations:", s.evaluations)
s.set("B2", 20)
print("after B2 = 20:")
s.show(["D2", "D5", "D7"])
s.set("E1", "=E2+1")
s.set("E2", "=E3*2")
s.set("E3", "=E1")
s.set("E4", "=A2+1")
s.set("E5", "=B2/(B3-3)")
s.set("E6", "=SUM(B2:B4, 100, C2)")
s.set("E7", "=B2 % 3")
s.show(["E1", "E4", "E5", "E6", "E7", "Z9"])
