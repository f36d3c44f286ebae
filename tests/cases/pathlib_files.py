from pathlib import Path
import os
import tempfile
import shutil

with tempfile.TemporaryDirectory() as td:
    base = Path(td)
    print(base.exists(), base.is_dir(), base.is_file())
    f = base / "notes.txt"
    print(f.exists())
    print(f.write_text("alpha\nbeta\n"))
    print(f.read_text(), end="")
    print(f.exists(), f.is_file(), f.stat().st_size)
    (base / "data.bin").write_bytes(b"\x00\x01\x02")
    print((base / "data.bin").read_bytes())
    (base / "sub" / "deep").mkdir(parents=True)
    (base / "sub").mkdir(exist_ok=True)
    try:
        (base / "sub").mkdir()
    except FileExistsError:
        print("FileExistsError")
    (base / "sub" / "x.py").write_text("print(1)\n")
    (base / "sub" / "deep" / "y.py").write_text("print(2)\n")
    print(sorted(p.name for p in base.iterdir()))
    print(sorted(str(p.relative_to(base)) for p in base.glob("*.txt")))
    print(sorted(str(p.relative_to(base)) for p in base.rglob("*.py")))
    print(sorted(str(p.relative_to(base)) for p in base.glob("**/*.py")))
    with f.open() as fh:
        print(fh.readline(), end="")
    with (base / "log.txt").open("a") as fh:
        fh.write("one\n")
    print((base / "log.txt").read_text().splitlines())
    g = f.rename(base / "renamed.txt")
    print(g.name, f.exists(), g.exists())
    g.unlink()
    print(g.exists())
    try:
        g.unlink()
    except FileNotFoundError:
        print("FileNotFoundError")
    g.unlink(missing_ok=True)
    (base / "sub" / "deep" / "y.py").unlink()
    (base / "sub" / "deep").rmdir()
    print(sorted(p.name for p in (base / "sub").iterdir()))
    shutil.rmtree(base / "sub")
    print(sorted(p.name for p in base.iterdir()))
    t = base / "touched"
    t.touch()
    print(t.exists(), t.stat().st_size, t.resolve() == t.resolve().absolute())
print(os.path.exists(td))
