# A text editor buffer with the command pattern: undo/redo stacks and macro commands
class Command:
    def do(self, buf): raise NotImplementedError
    def undo(self, buf): raise NotImplementedError
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items() if not k.startswith("_"))
        return f"{type(self).__name__}({fields})"

class Insert(Command):
    def __init__(self, pos, text):
        self.pos, self.text = pos, text
    def do(self, buf):
        buf.text = buf.text[:self.pos] + self.text + buf.text[self.pos:]
    def undo(self, buf):
        buf.text = buf.text[:self.pos] + buf.text[self.pos + len(self.text):]

class Delete(Command):
    def __init__(self, pos, length):
        self.pos, self.length = pos, length
        self._removed = None
    def do(self, buf):
        if self.pos + self.length > len(buf.text):
            raise IndexError(f"delete past end ({self.pos}+{self.length} > {len(buf.text)})")
        self._removed = buf.text[self.pos:self.pos + self.length]
        buf.text = buf.text[:self.pos] + buf.text[self.pos + self.length:]
    def undo(self, buf):
        buf.text = buf.text[:self.pos] + self._removed + buf.text[self.pos:]

class Replace(Command):
    def __init__(self, old, new):
        self.old, self.new = old, new
        self._before = None
    def do(self, buf):
        if self.old not in buf.text:
            raise ValueError(f"{self.old!r} not found")
        self._before = buf.text
        buf.text = buf.text.replace(self.old, self.new)
    def undo(self, buf):
        buf.text = self._before

class Macro(Command):
    def __init__(self, *commands):
        self.commands = list(commands)
    def do(self, buf):
        done = []
        try:
            for c in self.commands:
                c.do(buf)
                done.append(c)
        except Exception:
            for c in reversed(done):
                c.undo(buf)
            raise
    def undo(self, buf):
        for c in reversed(self.commands):
            c.undo(buf)

class Buffer:
    def __init__(self, text=""):
        self.text = text
        self.undo_stack, self.redo_stack = [], []
    def execute(self, cmd):
        cmd.do(self)
        self.undo_stack.append(cmd)
        self.redo_stack.clear()
    def undo(self):
        if not self.undo_stack:
            return False
        cmd = self.undo_stack.pop()
        cmd.undo(self)
        self.redo_stack.append(cmd)
        return True
    def redo(self):
        if not self.redo_stack:
            return False
        cmd = self.redo_stack.pop()
        cmd.do(self)
        self.undo_stack.append(cmd)
        return True

buf = Buffer("hello world")
script = [
    ("exec", Insert(5, ",")),
    ("exec", Insert(len("hello, world"), "!")),
    ("exec", Replace("world", "there")),
    ("undo", None), ("undo", None), ("redo", None),
    ("exec", Delete(0, 5)),
    ("exec", Delete(3, 50)),
    ("exec", Replace("xyz", "abc")),
    ("exec", Macro(Insert(0, "Oh"), Replace("world", "World"), Insert(0, ">> "))),
    ("exec", Macro(Insert(0, "tmp "), Replace("nothing", "x"))),
    ("undo", None), ("undo", None), ("undo", None), ("undo", None), ("undo", None), ("undo", None),
    ("redo", None), ("redo", None),
]
for action, cmd in script:
    try:
        if action == "exec":
            buf.execute(cmd)
            label = f"exec {cmd!r}"
        elif action == "undo":
            label = "undo" if buf.undo() else "undo (nothing)"
        else:
            label = "redo" if buf.redo() else "redo (nothing)"
    except (IndexError, ValueError) as e:
        label = f"exec {cmd!r} failed: {type(e).__name__}: {e}"
    print(f"{buf.text!r:<24} <- {label}")
print("undo depth", len(buf.undo_stack), "redo depth", len(buf.redo_stack))
