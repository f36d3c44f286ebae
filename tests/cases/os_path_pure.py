import os
import os.path
import posixpath
from os.path import join, splitext, basename, dirname

print(join("a", "b", "c.txt"), join("/a", "/b", "c"), join("a/", "b"), join("", "x"))
for p in ["/x/y/z.py", "z", "/", "a/b/", "//a", ""]:
    print(repr(p), os.path.split(p), splitext(p), basename(p), dirname(p))
for p in ["foo.tar.gz", ".bashrc", "a/.b.c", "noext.", "dir.d/file"]:
    print(p, splitext(p))
for p in ["a//b/./c/../d", "/../x", "./", "", "//a/b", "///a", "a/../..", "x/y/.."]:
    print(repr(p), repr(os.path.normpath(p)))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.normcase("AbC"))
print(os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"), os.path.relpath("/x/y", "/x/y"))
print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/li"]))
print(os.path.commonpath(["/usr/lib", "/usr/local/x"]))
print(os.sep, os.pathsep, repr(os.linesep), os.name, os.curdir, os.pardir, os.extsep, os.altsep, os.devnull)
print(posixpath.join("p", "q"), os.path is posixpath or True)
print(os.path.join(b"a", b"b"), os.path.split(b"/x/y"), os.path.normpath(b"a/./b"))
try:
    os.path.join("a", b"b")
except TypeError as e:
    print("TypeError", e)
try:
    os.path.join("a", 3)
except TypeError as e:
    print("TypeError", e)
print(os.fspath("x"), os.fspath(b"y"))
class P:
    def __fspath__(self):
        return "/pl/path"
print(os.fspath(P()), os.path.basename(P()), os.path.join(P(), "z"))
try:
    os.fspath(3)
except TypeError as e:
    print(e)
