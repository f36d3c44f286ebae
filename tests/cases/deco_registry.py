# Decorators that register functions: command tables, event hooks, plugin order
COMMANDS = {}
HOOKS = {}

def command(name=None, *, aliases=()):
    def decorator(fn):
        key = name or fn.__name__
        COMMANDS[key] = fn
        for a in aliases:
            COMMANDS[a] = fn
        fn.command_name = key
        return fn
    return decorator

def hook(event, priority=0):
    def decorator(fn):
        HOOKS.setdefault(event, []).append((priority, fn.__name__, fn))
        return fn
    return decorator

@command(aliases=("sum", "+"))
def add(*nums):
    return sum(int(n) for n in nums)

@command("mul", aliases=("*",))
def multiply(*nums):
    result = 1
    for n in nums:
        result *= int(n)
    return result

@command()
def echo(*words):
    return " ".join(words)

@hook("before", priority=5)
def audit(cmd):
    return f"audit:{cmd}"
@hook("before", priority=10)
def auth(cmd):
    return f"auth:{cmd}"
@hook("after")
def done(cmd):
    return f"done:{cmd}"

def run(line):
    name, *args = line.split()
    trail = [fn(name) for _, _, fn in sorted(HOOKS.get("before", []), key=lambda t: -t[0])]
    fn = COMMANDS.get(name)
    result = fn(*args) if fn else f"unknown command {name!r}"
    trail += [fn2(name) for _, _, fn2 in HOOKS.get("after", [])]
    return result, trail

for line in ["add 1 2 3", "sum 4 5", "+ 10 20", "mul 2 3 4", "* 5 5", "echo hi there", "pow 2 8"]:
    print(line, "->", run(line))
print(sorted(COMMANDS))
print(add.command_name, multiply.command_name, COMMANDS["*"] is multiply)
print(add(1, 2), multiply(3, 3))
