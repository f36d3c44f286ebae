# io.StringIO: write/read/getvalue, seek/tell, readline, iteration and
# print(file=...).
import io

buf = io.StringIO()
n = buf.write("first line\n")
print(n, buf.tell())
buf.write("second line\n")
print("third", "line", sep="_", file=buf)
print(3.5, None, [1, 2], file=buf, end="")
print(repr(buf.getvalue()))

buf.seek(0)
print(repr(buf.readline()))
print(repr(buf.read(6)), buf.tell())
print(repr(buf.read()))
print(repr(buf.read()), repr(buf.readline()))

buf.seek(0)
for number, line in enumerate(buf, 1):
    print(number, line.rstrip("\n"))

buf = io.StringIO("0123456789")
buf.seek(3)
buf.write("abc")
print(buf.getvalue(), buf.tell())
buf.seek(0, io.SEEK_END)
buf.write("!")
print(buf.getvalue())
buf.seek(15)
buf.write("end")
print(repr(buf.getvalue()))
print(buf.truncate(4), repr(buf.getvalue()), buf.tell())
buf.seek(0)
print(buf.readlines())

lines = io.StringIO("alpha\nbeta\n\ngamma")
print(lines.readlines())
lines.seek(0)
print([len(l) for l in lines])
print(io.StringIO("one\ntwo\nthree\n").readlines(5))
print(repr(io.StringIO("abcdef\nxyz").readline(3)))

with io.StringIO() as out:
    out.writelines(["a", "b", "c\n"])
    out.write("d")
    print(repr(out.getvalue()), out.closed)
print(out.closed)
