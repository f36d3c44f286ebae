# Context managers as methods and properties of other classes; timing with a fake clock
class FakeClock:
    def __init__(self):
        self.now = 0
    def advance(self, dt):
        self.now += dt

class Profiler:
    def __init__(self, clock):
        self.clock = clock
        self.totals = {}
        self.stack = []
    def section(self, name):
        profiler = self
        class _Section:
            def __enter__(self):
                profiler.stack.append((name, profiler.clock.now))
                return self
            def __exit__(self, *exc):
                started_name, start = profiler.stack.pop()
                profiler.totals[started_name] = profiler.totals.get(started_name, 0) + profiler.clock.now - start
                return False
        return _Section()
    def report(self):
        return sorted(self.totals.items(), key=lambda kv: (-kv[1], kv[0]))

clock = FakeClock()
prof = Profiler(clock)
with prof.section("total"):
    for i in range(3):
        with prof.section("load"):
            clock.advance(2)
        with prof.section("compute"):
            clock.advance(5 + i)
            with prof.section("inner"):
                clock.advance(1)
    try:
        with prof.section("failing"):
            clock.advance(4)
            raise KeyError("oops")
    except KeyError:
        pass
print(prof.report())
print("stack empty:", prof.stack == [], "clock:", clock.now)

class Document:
    def __init__(self):
        self.lines = []
        self.indent = 0
    @property
    def block(self):
        doc = self
        class _Block:
            def __enter__(self):
                doc.lines.append("  " * doc.indent + "{")
                doc.indent += 1
                return doc
            def __exit__(self, *exc):
                doc.indent -= 1
                doc.lines.append("  " * doc.indent + "}")
        return _Block()
    def write(self, text):
        self.lines.append("  " * self.indent + text)

doc = Document()
doc.write("function main()")
with doc.block:
    doc.write("let x = 1")
    doc.write("if x")
    with doc.block as d:
        d.write("print(x)")
    doc.write("return x")
print("\n".join(doc.lines))
