import fnmatch
import glob
import os
import tempfile

print(fnmatch.fnmatch("foo.py", "*.py"), fnmatch.fnmatch("foo.PY", "*.py"), fnmatch.fnmatchcase("foo.PY", "*.py"))
print(fnmatch.filter(["a.py", "b.txt", "c.py", "dpy"], "*.py"))
print(fnmatch.fnmatch("x1", "x[0-9]"), fnmatch.fnmatch("xa", "x[!0-9]"), fnmatch.fnmatch("a?c", "a[?]c"))
print(fnmatch.translate("*.py"), fnmatch.translate("a?[bc]"))
d = tempfile.mkdtemp()
for n in ["a.txt", "b.txt", "c.py", "sub/d.py", "sub/e.txt", "sub/deep/f.py", ".hidden.py"]:
    p = os.path.join(d, n)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    open(p, "w").close()
rel = lambda ps: sorted(os.path.relpath(p, d) for p in ps)
print(rel(glob.glob(os.path.join(d, "*.txt"))))
print(rel(glob.glob(os.path.join(d, "*"))))
print(rel(glob.glob(os.path.join(d, "**", "*.py"), recursive=True)))
print(rel(glob.glob(os.path.join(d, "*", "*.py"))))
print(rel(glob.iglob(os.path.join(d, "?.py"))))
print(sorted(glob.glob("*.txt", root_dir=d)), glob.glob(os.path.join(d, "nothing*")))
print(glob.escape("a[b]*?"), glob.has_magic("a*"), glob.has_magic("abc"))
import shutil
shutil.rmtree(d)
