# Late binding of closure variables vs. default-argument capture
fns = [lambda: i for i in range(3)]
print([f() for f in fns])

fixed = [lambda i=i: i for i in range(3)]
print([f() for f in fixed])
print(fixed[1](), fixed[1](99))

def make_adders():
    adders = []
    for n in range(1, 4):
        adders.append(lambda x: x + n)
    return adders
print([a(10) for a in make_adders()])

def make_adders_fixed():
    def make(n):
        return lambda x: x + n
    return [make(n) for n in range(1, 4)]
print([a(10) for a in make_adders_fixed()])

def loop_then_change():
    funcs = []
    for name in ["a", "b", "c"]:
        def greet():
            return "hello " + name
        funcs.append(greet)
    name = "changed after loop"
    return [f() for f in funcs]
print(loop_then_change())

x = 10
def reads_global():
    return x
x = 20
print(reads_global())

def default_evaluated_once(item, bucket=[]):
    bucket.append(item)
    return bucket
print(default_evaluated_once(1), default_evaluated_once(2), default_evaluated_once(3, []))

y = 5
def default_from_global(v=y):
    return v
y = 6
print(default_from_global(), default_from_global.__defaults__)

callbacks = {}
for event in ["click", "hover", "key"]:
    callbacks[event] = lambda e=event, n=len(event): f"{e}:{n}"
print([cb() for cb in callbacks.values()])

squares = []
for k in range(4):
    squares.append((lambda k: lambda: k * k)(k))
print([s() for s in squares])
