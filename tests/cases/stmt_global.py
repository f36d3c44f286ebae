# global declarations and module-level state
counter = 0
log = []
def inc(n=1):
    global counter
    counter += n
    log.append(counter)
def reset():
    global counter, log
    counter = 0
    log = []
for i in range(5):
    inc(i)
print(counter, log)
reset()
inc()
print(counter, log)
def make_global():
    global created
    created = 'I exist'
make_global()
print(created)
x = 'module'
def shadow():
    x = 'local'
    return x
def read():
    return x
print(shadow(), read(), x)
def bad():
    try:
        print(undefined_name_here)
    except NameError as e:
        print('NameError:', e)
bad()
