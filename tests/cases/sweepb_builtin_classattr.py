import logging
import math
import time


class A:
    f = math.sqrt
    g = len
    conv = time.gmtime
    h = staticmethod(abs)

    def m(self):
        return self.f(25), self.conv(86400).tm_mday


a = A()
print(a.f(16), a.g("abc"), a.conv(0).tm_year, A.f(9), a.h(-3), a.m())
rec = logging.LogRecord("demo", logging.INFO, "f.py", 1, "msg %d", (7,), None)
rec.created = 0.0
rec.msecs = 0
fmt = logging.Formatter("%(asctime)s %(levelname)s %(message)s", datefmt="%Y-%m-%d %H:%M:%S")
fmt.converter = time.gmtime
print(fmt.format(rec))
logging.Formatter.converter = time.gmtime
fmt2 = logging.Formatter("[%(asctime)s] %(name)s: %(message)s")
print(fmt2.format(rec))
print(fmt2.formatTime(rec, "%H:%M"))
