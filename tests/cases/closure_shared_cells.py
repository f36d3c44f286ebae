# Several closures sharing the same cell, cells after the function returns
def make_pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_

get, set_ = make_pair()
get2, set2 = make_pair()
set_(42)
print(get(), get2())
set2("other")
print(get(), get2())

def bank():
    balance = 0
    log = []
    def deposit(n):
        nonlocal balance
        balance += n
        log.append(("dep", n))
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            log.append(("fail", n))
            return None
        balance -= n
        log.append(("wd", n))
        return balance
    def statement():
        return balance, list(log)
    return deposit, withdraw, statement

dep, wd, stmt = bank()
print(dep(100), wd(30), wd(100), dep(5))
print(stmt())

print(get.__closure__ is not None, len(get.__closure__), get.__closure__[0].cell_contents)

def not_a_closure():
    return 1
print(not_a_closure.__closure__)

def var_defined_later():
    def show():
        return later
    later = "assigned after inner def"
    return show
print(var_defined_later()())

def cell_deleted():
    v = 1
    def read():
        return v
    del v
    return read
try:
    cell_deleted()()
except NameError as e:
    print("NameError:", e)
