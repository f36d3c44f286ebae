from pathlib import Path, PurePath, PurePosixPath, PosixPath
import os

p = Path("/usr/local/lib/python3.11/site.py")
print(p, repr(p), p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parent.name)
print(p.parts, p.anchor, p.root, p.is_absolute(), type(p).__name__)
print(list(p.parents)[:3])
q = Path("a") / "b" / "c.tar.gz"
print(q, q.suffixes, q.with_suffix(".zip"), q.with_name("d.txt"), q.with_stem("e"))
print(Path("a/b/../c").parts, Path("a//b/./c"), str(Path(".")), Path("x").joinpath("y", "z"))
print(PurePath("/a/b").relative_to("/a"), PurePosixPath("x/y").as_posix(), Path("/a/b") == Path("/a/b/"))
print(Path("a") < Path("b"), hash(Path("a")) == hash(Path("a")), sorted([Path("b"), Path("a")]))
print(Path("/x/y.py").match("*.py"), Path("/x/y.py").match("x/*.py"), Path("/x/y.py").match("/*.py"))
print(os.fspath(Path("a/b")), str(Path("a", "b", "c")), Path("/a/b").as_uri())
try:
    Path("/a/b").relative_to("/c")
except ValueError as e:
    print("ValueError:", e)
try:
    Path("a").with_suffix("bad")
except ValueError as e:
    print("ValueError:", e)
print("/" / Path("etc"), Path.cwd() == Path(os.getcwd()), Path.home() == Path(os.environ["HOME"]))
