# pyaot: full-stderr
import traceback
def fail(n):
    raise KeyError(n)

def collect():
    errs = []
    for i in range(2):
        try:
            fail(i)
        except KeyError as e:
            errs.append(e)
    return errs

try:
    raise ExceptionGroup("outer", [ExceptionGroup("inner", collect()), TypeError("t")])
except ExceptionGroup:
    print(traceback.format_exc())
eg = BaseExceptionGroup("top", [ValueError(1), ExceptionGroup("nested", [OSError(2)])])
eg.add_note = None
raise eg
