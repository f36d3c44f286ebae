# A command interpreter reading stdin: match on split lines, a class-based store, custom errors
import sys

class CommandError(Exception):
    pass

class Store:
    def __init__(self):
        self.data = {}
        self.undo_stack = []

    def set(self, key, value):
        self.undo_stack.append((key, self.data.get(key)))
        self.data[key] = value

    def delete(self, key):
        if key not in self.data:
            raise CommandError(f"no such key: {key}")
        self.undo_stack.append((key, self.data.pop(key)))

    def undo(self):
        if not self.undo_stack:
            raise CommandError("nothing to undo")
        key, old = self.undo_stack.pop()
        if old is None:
            self.data.pop(key, None)
        else:
            self.data[key] = old

    def __str__(self):
        return ", ".join(f"{k}={v}" for k, v in sorted(self.data.items())) or "<empty>"

def parse_value(text):
    try:
        return int(text)
    except ValueError:
        try:
            return float(text)
        except ValueError:
            return text

store = Store()
for lineno, line in enumerate(sys.stdin, 1):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    try:
        match line.split():
            case ["set", key, value]:
                store.set(key, parse_value(value))
            case ["set", *_]:
                raise CommandError("usage: set KEY VALUE")
            case ["del" | "delete", key]:
                store.delete(key)
            case ["incr", key, *amount]:
                step = parse_value(amount[0]) if amount else 1
                store.set(key, store.data.get(key, 0) + step)
            case ["undo"]:
                store.undo()
            case ["show"]:
                print(f"{lineno}: {store}")
            case ["quit"]:
                print("bye")
                break
            case [cmd, *_]:
                raise CommandError(f"unknown command {cmd!r}")
    except CommandError as e:
        print(f"{lineno}: error: {e}")
    except TypeError as e:
        print(f"{lineno}: type error: {e}")
print("final:", store)
