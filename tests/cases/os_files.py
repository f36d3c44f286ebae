import os
import stat

d = "/tmp/pyaot_os_files_%d" % os.getpid()
os.makedirs(os.path.join(d, "sub", "deep"))
os.makedirs(os.path.join(d, "sub"), exist_ok=True)
try:
    os.makedirs(os.path.join(d, "sub"))
except FileExistsError as e:
    print("exists:", e.errno, e.filename == os.path.join(d, "sub"))
with open(os.path.join(d, "f.txt"), "w") as f:
    f.write("hello\nworld\n")
print(sorted(os.listdir(d)))
p = os.path.join(d, "f.txt")
print(os.path.getsize(p), os.path.isfile(p), os.path.isdir(p), os.path.isdir(d), os.path.exists(p))
print(os.path.exists(d + "/nope"), os.path.isfile(d + "/nope"), os.path.islink(p))
st = os.stat(p)
print(st.st_size, st[6], stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.S_ISDIR(os.stat(d).st_mode))
print(type(st.st_mtime).__name__, st.st_mtime > 0, isinstance(st, tuple), len(st))
print(stat.filemode(os.stat(d).st_mode)[0])
for root, dirs, files in os.walk(d):
    dirs.sort()
    print(root[len(d):], dirs, files)
for root, dirs, files in os.walk(d, topdown=False):
    print("up", root[len(d):], sorted(dirs), files)
os.rename(p, os.path.join(d, "g.txt"))
print(sorted(e.name for e in os.scandir(d)))
with os.scandir(d) as it:
    for e in sorted(it, key=lambda e: e.name):
        print(e.name, e.is_dir(), e.is_file(), e.path == os.path.join(d, e.name))
os.replace(os.path.join(d, "g.txt"), os.path.join(d, "h.txt"))
try:
    os.remove(os.path.join(d, "nope"))
except FileNotFoundError as e:
    print("FNF", e.errno, e.strerror)
try:
    os.rename(os.path.join(d, "nope"), os.path.join(d, "nope2"))
except OSError as e:
    print(type(e).__name__, str(e).replace(d, "D"))
try:
    os.mkdir(d)
except FileExistsError as e:
    print(str(e).replace(d, "D"))
try:
    os.rmdir(os.path.join(d, "sub"))
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.listdir(d + "/missing")
except FileNotFoundError as e:
    print("listdir", e.strerror)
cwd = os.getcwd()
os.chdir(d)
print(os.getcwd() == d, os.path.abspath("h.txt") == d + "/h.txt", os.path.exists("h.txt"))
print(os.path.realpath(".") == os.path.realpath(d))
os.chdir(cwd)
os.unlink(os.path.join(d, "h.txt"))
os.removedirs(os.path.join(d, "sub", "deep"))
print(os.path.exists(d))
