# open() for writing and reading text files.
import sys
# A per-executable scratch file: native and VM runs of the corpus run concurrently.
path = "/tmp/pyaot_types_file_io_" + sys.argv[0].replace("/", "_")[-60:] + ".tmp"
with open(path, "w") as f:
    print(f.write("line one\n"), f.write("line two\nline three"), f.closed, f.name == path, f.mode)
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path, "r", encoding="utf-8") as f:
    print(f.readlines())
with open(path) as f:
    for line in f:
        print(repr(line))
with open(path) as f:
    print(repr(f.readline()), repr(f.readline()), repr(f.read(3)), repr(f.read()), repr(f.read()), repr(f.readline()))
with open(path, "a") as f:
    f.write("\nappended é\n")
    f.writelines(["x\n", "y\n"])
with open(path, encoding="utf-8") as f:
    data = f.read()
print(repr(data), len(data))
print(list(open(path)), [l.rstrip("\n") for l in open(path)])
with open(path, "wb") as f:
    f.write(b"bin\x00\xff")
with open(path, "rb") as f:
    print(f.read())
with open(path, "w", encoding="latin-1") as f:
    f.write("é")
with open(path, "rb") as f:
    print(f.read())
f = open(path, "w")
print("via print", file=f)
print("second", 2, sep="|", file=f)
f.close()
print(open(path).read(), end="")
try:
    f.write("x")
except ValueError as e:
    print(e)
try:
    open("no_such_dir/file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e)
try:
    open(path, "q")
except ValueError as e:
    print(e)
with open(path, "w") as f:
    try:
        f.read()
    except Exception as e:
        print(type(e).__name__, e)
with open(path, "w") as f:
    f.write("a\r\nb\rc\n")
with open(path) as f:
    print(repr(f.read()))
with open(path, newline="") as f:
    print(repr(f.read()))
try:
    with open(path, "w") as f:
        f.write(5)
except TypeError as e:
    print(e)
with open(path, "w") as f:
    pass
print(repr(open(path).read()))
