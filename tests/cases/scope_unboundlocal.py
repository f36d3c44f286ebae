# UnboundLocalError: assignment anywhere in a function makes a name local everywhere in it
count = 10

def read_then_assign():
    print(count)       # count is local because of the assignment below
    count = 1

def augmented():
    count += 1

def conditional(flag):
    if flag:
        value = "set"
    return value

def deleted():
    name = "temp"
    del name
    return name

def loop_var_unassigned(items):
    for item in items:
        pass
    return item

def except_name_cleared():
    try:
        raise ValueError("x")
    except ValueError as err:
        pass
    return err

cases = [
    ("read_then_assign", read_then_assign),
    ("augmented", augmented),
    ("conditional(False)", lambda: conditional(False)),
    ("conditional(True)", lambda: conditional(True)),
    ("deleted", deleted),
    ("loop_var_unassigned([])", lambda: loop_var_unassigned([])),
    ("loop_var_unassigned([1, 2])", lambda: loop_var_unassigned([1, 2])),
    ("except_name_cleared", except_name_cleared),
]
for label, fn in cases:
    try:
        print(label, "->", fn())
    except UnboundLocalError as e:
        print(label, "-> UnboundLocalError:", e)
    except NameError as e:
        print(label, "-> NameError:", e)

print(issubclass(UnboundLocalError, NameError))

def fixed():
    global count
    print(count)
    count = 1
    return count
print(fixed(), count)

def closure_unbound():
    def inner():
        return later
    try:
        result = inner()
    except NameError as e:
        result = f"{type(e).__name__}: {e}"
    later = 5
    return result, inner()
print(closure_unbound())

def walrus_local():
    if (n := 3) > 2:
        pass
    return n
print(walrus_local())
