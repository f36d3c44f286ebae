import csv
import io

data = """name,age,city
Alice,30,"New York, NY"
Bob,25,"He said ""hi"" ok"
"Carol",,London
"""
for row in csv.reader(io.StringIO(data)):
    print(row)
f = io.StringIO(data)
for rec in csv.DictReader(f):
    print(rec)
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["id", "name", "score"])
w.writeheader()
w.writerow({"id": 1, "name": "x,y", "score": 9.5})
w.writerows([{"id": 2, "name": 'q"uote', "score": None}, {"id": 3, "name": "z"}])
print(repr(out.getvalue()))
try:
    w.writerow({"id": 4, "bad": 1})
except ValueError as e:
    print("ValueError", e)
out = io.StringIO()
w = csv.writer(out, delimiter=";", quoting=csv.QUOTE_ALL)
w.writerow([1, "a", 2.5, True])
w = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
w.writerow([1, "a", 2.5, None])
w = csv.writer(out, quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="\n")
w.writerow(["a,b", 'c"d'])
print(repr(out.getvalue()))
print(list(csv.reader(['1,"a",2.5'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(["a; b;  c"], delimiter=";", skipinitialspace=True)))
print(list(csv.reader(["a\tb\tc"], dialect="excel-tab")))
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_MINIMAL)
print(list(csv.reader(["x|y|'z'"], "pipes")), sorted(csv.list_dialects()))
class My(csv.Dialect):
    delimiter = ":"
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
o = io.StringIO()
csv.writer(o, dialect=My).writerow(["a:b", "c'd", "e"])
print(repr(o.getvalue()))
r = csv.reader(io.StringIO("a,b\nc,d\n"))
print(next(r), r.line_num, next(r), r.line_num)
try:
    next(r)
except StopIteration:
    print("done")
try:
    list(csv.reader(['a,"b"c'], strict=True))
except csv.Error as e:
    print("Error:", e)
s = csv.Sniffer()
d = s.sniff("a;b;c\n1;2;3\n4;5;6\n")
print(d.delimiter, s.has_header("name,age\nbob,3\nal,4\n"))
dr = csv.DictReader(io.StringIO("a,b\n1,2,3\n4\n"), restkey="extra", restval="?")
for rec in dr:
    print(rec)
print(dr.fieldnames, dr.line_num)
try:
    csv.writer(io.StringIO(), quoting=9)
except TypeError as e:
    print("TypeError", e)
