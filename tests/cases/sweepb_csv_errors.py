import csv, io
f = io.StringIO()
w = csv.writer(f, lineterminator='\n')
print(w.writerow(['a\rb', 'c\nd', 'x y', '', None, 1.5, ' lead']))
w.writerow([])
w.writerow([''])
print(repr(f.getvalue()))
try:
    csv.writer(io.StringIO(), delimiter='ab')
except Exception as e: print(type(e), e)
try:
    csv.writer(io.StringIO(), delimiter=1)
except Exception as e: print(type(e), e)
try:
    csv.writer(io.StringIO(), quoting=9)
except Exception as e: print(type(e), e)
try:
    csv.writer(io.StringIO(), quotechar=None)
except Exception as e: print(type(e), e)
try:
    csv.writer(io.StringIO(), lineterminator=None)
except Exception as e: print(type(e), e)
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b'])
except Exception as e: print(type(e), e)
try: csv.get_dialect('zz')
except Exception as e: print(type(e), e)
try: list(csv.reader(['a,"b\n', 'c']))
except Exception as e: print(type(e), e)
print(list(csv.reader(['a,"b\n', 'c"'])))
print(list(csv.reader(['a,b\r\n', 'c,d\n'])))
try: list(csv.reader(['a,b\rc\n']))
except Exception as e: print(type(e), e)
try: csv.writer(io.StringIO()).writerow(5)
except Exception as e: print(type(e), e)
print(csv.excel.delimiter, csv.list_dialects())
d = csv.get_dialect('excel'); print(type(d), d.delimiter, d.quoting, repr(d.lineterminator), d.escapechar)
r = csv.reader(['a'])
print(r.line_num, type(r.dialect).__name__)
