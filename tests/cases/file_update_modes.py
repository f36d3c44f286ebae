import os
base = "/tmp/pyaot_file_upd_%d" % os.getpid()
p = base + ".txt"
with open(p, "w+") as f:
    print(f.mode, f.readable(), f.writable())
    f.write("hello\nworld\n")
    f.seek(0)
    print(repr(f.read()))
    print(f.tell())
    f.seek(0)
    print(repr(f.readline()))
    f.write("WORLD\n")
    f.seek(0)
    print(f.readlines())
with open(p, "r+") as f:
    print(repr(f.read(5)))
    f.write("!!")
    f.seek(0)
    print(repr(f.read()))
    f.seek(0, 2)
    f.write("end\n")
print(repr(open(p).read()))
with open(p, "a+") as f:
    print(f.tell())
    f.write("appended\n")
    f.seek(0)
    print(f.readline(), end="")
    print(len(f.read()))
with open(p, "rb+") as f:
    print(type(f).__name__, f.mode)
    print(f.read(3))
    f.seek(1)
    f.write(b"EL")
    f.seek(0)
    print(f.read(6))
    f.seek(-4, 2)
    print(f.read())
    print(f.tell())
with open(p, "wb+") as f:
    f.write(bytes(range(10)))
    f.seek(3)
    print(list(f.read(3)), f.tell())
    f.seek(-2, 1)
    print(list(f.read()))
    f.truncate if hasattr(f, "truncate") else None
try:
    open(p + ".x", "x+").close()
    open(p + ".x", "x+")
except FileExistsError as e:
    print("exists", e.errno)
os.remove(p + ".x")
os.remove(p)
