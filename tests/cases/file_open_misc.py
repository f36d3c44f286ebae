import os
base = "/tmp/pyaot_file_misc_%d" % os.getpid()
p = base + ".txt"
with open(p, "w") as f:
    print("line", 1, file=f)
    print("a", "b", sep="-", end="!\n", file=f)
    f.writelines(["x\n", "y\n"])
with open(p) as f:
    print(f.read(), end="")
fd = os.open(p, os.O_RDONLY)
f = open(fd)
print(f.name == fd, f.readline(), end="")
f.close()
try:
    os.close(fd)
except OSError as e:
    print("closed already:", e.errno)
fd = os.open(p, os.O_RDONLY)
with open(fd, closefd=False) as f:
    print(len(f.read()))
print(len(os.read(fd, 100)), os.lseek(fd, 0, os.SEEK_SET))
print(os.read(fd, 4))
os.close(fd)
fd = os.open(p, os.O_WRONLY | os.O_APPEND)
print(os.write(fd, b"raw\n"))
os.close(fd)
class P:
    def __init__(self, s):
        self.s = s
    def __fspath__(self):
        return self.s
with open(P(p)) as f:
    print(f.name == p, f.readlines()[-1], end="")
try:
    open(p, closefd=False)
except ValueError as e:
    print(e)
with open(p, "a") as f:
    print(f.tell() > 0)
    f.write("more\n")
with open(p, "rb") as f:
    data = f.read()
print(data.count(b"\n"), data[-5:])
with open(p, "w", encoding="utf-8") as f:
    f.write("héllo\n")
with open(p, encoding="latin-1") as f:
    print(ascii(f.read()))
os.remove(p)
print(os.path.exists(p))
