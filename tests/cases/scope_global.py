# global statements: reading, rebinding, creating module globals from functions
counter = 0
config = {"debug": False}

def increment():
    global counter
    counter += 1
    return counter

def read_only():
    return counter * 10       # reading a global needs no declaration

def mutate_config():
    config["debug"] = True    # mutation needs no declaration either

def rebind_without_global():
    config = {"local": True}  # this is a new local
    return config

def create_global():
    global created_later
    created_later = "made inside a function"

print(increment(), increment(), read_only())
mutate_config()
print(config, rebind_without_global(), config)
try:
    print(created_later)
except NameError as e:
    print("NameError:", e)
create_global()
print(created_later)

def multiple():
    global a, b
    a, b = 1, 2
multiple()
print(a, b)

def shadow():
    counter = "local counter"
    def inner():
        global counter
        return counter
    return counter, inner()
print(shadow())

def loop_global():
    global total
    total = 0
    for i in range(5):
        total += i
loop_global()
print(total)

def delete_global():
    global created_later
    del created_later
delete_global()
print("created_later" in globals(), "counter" in globals())
globals()["dynamic"] = 99
print(dynamic)
x = 1
def uses_globals_dict():
    return globals()["x"] + 1
print(uses_globals_dict())
