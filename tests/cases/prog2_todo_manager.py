# A todo manager processing commands with match; undo support and reports
class Task:
    _ids = 0
    def __init__(self, title, priority="normal", tags=()):
        Task._ids += 1
        self.id = Task._ids
        self.title = title
        self.priority = priority
        self.tags = sorted(set(tags))
        self.done = False
    def __repr__(self):
        mark = "x" if self.done else " "
        tags = " " + " ".join("#" + t for t in self.tags) if self.tags else ""
        return f"[{mark}] {self.id:>2} {self.title} ({self.priority}){tags}"

PRIORITY_ORDER = {"high": 0, "normal": 1, "low": 2}

class TodoList:
    def __init__(self):
        self.tasks = {}
        self.undo_stack = []
    def run(self, line):
        words = line.split()
        match words:
            case ["add", *rest] if rest:
                tags = [w[1:] for w in rest if w.startswith("#")]
                prio = next((w[1:] for w in rest if w.startswith("!")), "normal")
                if prio not in PRIORITY_ORDER:
                    return f"bad priority {prio!r}"
                title = " ".join(w for w in rest if w[0] not in "#!")
                t = Task(title, prio, tags)
                self.tasks[t.id] = t
                self.undo_stack.append(("add", t.id))
                return f"added {t.id}"
            case ["done", num] if num.isdigit():
                t = self.tasks.get(int(num))
                if t is None:
                    return f"no task {num}"
                if t.done:
                    return f"task {num} already done"
                t.done = True
                self.undo_stack.append(("done", t.id))
                return f"completed {t.title!r}"
            case ["rm", num] if num.isdigit() and int(num) in self.tasks:
                t = self.tasks.pop(int(num))
                self.undo_stack.append(("rm", t))
                return f"removed {t.title!r}"
            case ["undo"]:
                if not self.undo_stack:
                    return "nothing to undo"
                match self.undo_stack.pop():
                    case ("add", tid):
                        del self.tasks[tid]
                        return f"undid add of {tid}"
                    case ("done", tid):
                        self.tasks[tid].done = False
                        return f"undid completion of {tid}"
                    case ("rm", task):
                        self.tasks[task.id] = task
                        return f"restored {task.id}"
            case ["list"]:
                return self.render(self.tasks.values())
            case ["list", "open"]:
                return self.render(t for t in self.tasks.values() if not t.done)
            case ["list", tag] if tag.startswith("#"):
                return self.render(t for t in self.tasks.values() if tag[1:] in t.tags)
            case ["stats"]:
                done = sum(t.done for t in self.tasks.values())
                tags = {}
                for t in self.tasks.values():
                    for tag in t.tags:
                        tags[tag] = tags.get(tag, 0) + 1
                return f"{done}/{len(self.tasks)} done; tags {sorted(tags.items())}"
            case _:
                return f"unknown command: {line!r}"
    def render(self, tasks):
        ordered = sorted(tasks, key=lambda t: (t.done, PRIORITY_ORDER[t.priority], t.id))
        return "\n".join(map(repr, ordered)) or "(no tasks)"

todo = TodoList()
commands = [
    "add buy milk #home", "add write report !high #work", "add call mom !low #home #family",
    "add fix bug 42 !high #work #urgent", "add plan trip !someday", "list", "done 2", "done 2", "done 9",
    "list open", "list #home", "rm 1", "undo", "undo", "undo", "list", "add", "frobnicate", "stats",
    "done 4", "rm 3", "stats", "undo", "list",
]
for cmd in commands:
    print(f"> {cmd}")
    print(todo.run(cmd))
