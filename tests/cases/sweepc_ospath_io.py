import io
import os
import os.path as osp

paths = ["/usr/local/lib/python3.11/site.py", "relative/dir/", "file.tar.gz", "/", "a//b/../c/./d", "~user/x"]
for p in paths:
    print(repr(p), osp.basename(p), osp.dirname(p), osp.splitext(p), osp.split(p), osp.normpath(p), osp.isabs(p))
print(osp.join("a", "b", "c.txt"), osp.join("/abs", "/other", "x"), osp.join("a", ""), osp.commonprefix(["/usr/lib", "/usr/local"]))
print(osp.commonpath(["/usr/lib/x", "/usr/local/y"]), osp.relpath("/a/b/c", "/a/d"), osp.splitext(".bashrc"), osp.sep, os.sep)
buf = io.StringIO()
buf.write("first line\n")
print("second", 2, sep="|", file=buf)
buf.writelines(["third\n", "fourth"])
print(repr(buf.getvalue()), buf.tell())
buf.seek(0)
print(buf.readline(), buf.read(6), buf.readlines())
r = io.StringIO("a\nb\nc")
print([line.rstrip() for line in r], r.read() == "")
b = io.BytesIO()
b.write(b"\x00\x01binary")
b.seek(2)
print(b.read(3), b.getvalue(), len(b.getvalue()))
with io.StringIO("x,y\n1,2\n") as f:
    rows = [line.strip().split(",") for line in f]
print(rows, f.closed)
import tempfile
with tempfile.TemporaryDirectory() as d:
    fn = osp.join(d, "notes.txt")
    with open(fn, "w", encoding="utf-8") as fh:
        fh.write("héllo\nwörld\n")
    print(osp.exists(fn), osp.isfile(fn), osp.isdir(d), osp.getsize(fn))
    with open(fn, encoding="utf-8") as fh:
        print(fh.read().splitlines())
    with open(fn, "a") as fh:
        fh.write("more\n")
    with open(fn, "rb") as fh:
        print(fh.read())
    print(sorted(os.listdir(d)))
    os.remove(fn)
    print(osp.exists(fn))
print(os.environ.get("PYAOT_SURELY_UNSET_VAR", "default"), type(os.getcwd()).__name__, os.name)
