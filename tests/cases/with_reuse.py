# Reusing and nesting the same context manager object; reentrancy counters
class Indent:
    def __init__(self):
        self.level = 0
    def __enter__(self):
        self.level += 1
        return self
    def __exit__(self, *exc):
        self.level -= 1
    def line(self, text):
        print("    " * self.level + text)

ind = Indent()
ind.line("level 0")
with ind:
    ind.line("level 1")
    with ind:
        ind.line("level 2")
        with ind:
            ind.line("level 3")
        ind.line("back to 2")
    ind.line("back to 1")
ind.line("back to 0")

class OneShot:
    def __init__(self):
        self.used = False
    def __enter__(self):
        if self.used:
            raise RuntimeError("OneShot can only be entered once")
        self.used = True
        return self
    def __exit__(self, *exc):
        return False

once = OneShot()
with once:
    print("first use ok")
try:
    with once:
        print("never")
except RuntimeError as e:
    print("RuntimeError:", e)

class Pool:
    def __init__(self, size):
        self.free = list(range(size))
        self.in_use = []
    def acquire(self):
        pool = self
        class Lease:
            def __enter__(self):
                if not pool.free:
                    raise RuntimeError("pool exhausted")
                self.conn = pool.free.pop(0)
                pool.in_use.append(self.conn)
                return self.conn
            def __exit__(self, *exc):
                pool.in_use.remove(self.conn)
                pool.free.append(self.conn)
        return Lease()

pool = Pool(2)
with pool.acquire() as c1:
    with pool.acquire() as c2:
        print("got", c1, c2, "in use", pool.in_use, "free", pool.free)
        try:
            with pool.acquire() as c3:
                print("never", c3)
        except RuntimeError as e:
            print("RuntimeError:", e)
    print("after inner", pool.in_use, pool.free)
print("all returned", pool.in_use, pool.free)

class NotACM:
    pass
try:
    with NotACM():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
class OnlyEnter:
    def __enter__(self):
        return self
try:
    with OnlyEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
