import os
import shutil
import tempfile

d = tempfile.mkdtemp(prefix="pyaot_", suffix="_d")
print(os.path.isdir(d), os.path.basename(d).startswith("pyaot_"), d.endswith("_d"), len(os.path.basename(d)))
fd, name = tempfile.mkstemp(suffix=".txt", dir=d)
os.write(fd, b"some data\n")
os.close(fd)
print(os.path.dirname(name) == d, name.endswith(".txt"), open(name).read(), end="")
print(tempfile.gettempdir() in ("/tmp", os.environ.get("TMPDIR")), tempfile.gettempprefix())
dst = shutil.copy(name, os.path.join(d, "copy.txt"))
print(os.path.basename(dst), open(dst).read(), end="")
os.mkdir(os.path.join(d, "inner"))
print(os.path.basename(shutil.copy(name, os.path.join(d, "inner"))) == os.path.basename(name))
shutil.copy2(dst, os.path.join(d, "copy2.txt"))
shutil.copyfile(dst, os.path.join(d, "copy3.txt"))
print(sorted(x for x in os.listdir(d) if x.startswith("copy")))
shutil.copytree(os.path.join(d, "inner"), os.path.join(d, "tree"))
print(os.listdir(os.path.join(d, "tree")) == os.listdir(os.path.join(d, "inner")))
shutil.move(os.path.join(d, "copy3.txt"), os.path.join(d, "moved.txt"))
print(os.path.exists(os.path.join(d, "copy3.txt")), os.path.exists(os.path.join(d, "moved.txt")))
shutil.move(os.path.join(d, "tree"), os.path.join(d, "inner"))
print(sorted(os.listdir(os.path.join(d, "inner")))[-1])
try:
    shutil.copyfile(dst, dst)
except shutil.SameFileError as e:
    print("SameFileError")
with tempfile.NamedTemporaryFile("w+", suffix=".log", dir=d) as tf:
    tf.write("temp line\n")
    tf.seek(0)
    print(tf.read(), end="")
    tname = tf.name
    print(os.path.exists(tname), tname.endswith(".log"))
print(os.path.exists(tname))
with tempfile.TemporaryFile() as t2:
    t2.write(b"abc")
    t2.seek(0)
    print(t2.read())
with tempfile.TemporaryDirectory(dir=d) as td:
    open(os.path.join(td, "f"), "w").close()
    print(os.listdir(td))
print(os.path.exists(td))
print(shutil.which("sh") is not None, shutil.which("no-such-command-xyz"))
shutil.rmtree(d)
print(os.path.exists(d))
shutil.rmtree(d, ignore_errors=True)
try:
    shutil.rmtree(d)
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
