# A tiny stack/variable interpreter driven by match over tokenized commands
program = """
set x 10
set y 32
add x y -> z
print z
push 1
push 2
push 3
pop
print stack
mul z 2 -> w
print w
if w > 100 then print big
if w < 100 then print small
del x
print x
unknown command here
print vars
"""

variables = {}
stack = []
def value(tok):
    if tok.lstrip("-").isdigit():
        return int(tok)
    return variables[tok]

for lineno, line in enumerate(program.strip().splitlines(), 1):
    words = line.split()
    try:
        match words:
            case ["set", name, val]:
                variables[name] = value(val)
            case [("add" | "mul") as op, a, b, "->", target]:
                va, vb = value(a), value(b)
                variables[target] = va + vb if op == "add" else va * vb
            case ["push", val]:
                stack.append(value(val))
            case ["pop"]:
                print(f"{lineno}: popped {stack.pop()}")
            case ["print", "stack"]:
                print(f"{lineno}: stack = {stack}")
            case ["print", "vars"]:
                print(f"{lineno}: vars = {sorted(variables.items())}")
            case ["print", name]:
                print(f"{lineno}: {name} = {value(name)}")
            case ["if", a, (">" | "<" | "==") as cmp, b, "then", *rest]:
                va, vb = value(a), value(b)
                ok = {">": va > vb, "<": va < vb, "==": va == vb}[cmp]
                if ok:
                    print(f"{lineno}: then -> {' '.join(rest)}")
            case ["del", name]:
                del variables[name]
            case [cmd, *args]:
                print(f"{lineno}: unknown command {cmd!r} with {len(args)} args")
    except KeyError as e:
        print(f"{lineno}: undefined variable {e}")
