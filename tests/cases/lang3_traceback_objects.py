# Exception __traceback__ objects: tb_next chains, tb_lineno, frame code names; sys.exc_info
import sys

def level3():
    raise LookupError("deep")

def level2():
    level3()

def level1():
    try:
        level2()
    except LookupError as e:
        return e

err = level1()
tb = err.__traceback__
chain = []
while tb is not None:
    chain.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
    tb = tb.tb_next
print(chain)
print(type(err.__traceback__).__name__, type(err.__traceback__.tb_frame).__name__)
print(err.__traceback__.tb_frame.f_code.co_filename.endswith("lang3_traceback_objects.py"))

print(ValueError("never raised").__traceback__)

def innermost_line(exc):
    tb = exc.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_frame.f_code.co_name, tb.tb_lineno

try:
    [].pop()
except IndexError as e:
    print(innermost_line(e))
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb.tb_lineno, tb is not None)
print(sys.exc_info())

def reraiser():
    try:
        level3()
    except LookupError:
        raise
try:
    reraiser()
except LookupError as e:
    names = []
    tb = e.__traceback__
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)

def handler_sees_current():
    try:
        1 / 0
    except ZeroDivisionError:
        return sys.exc_info()[0].__name__
print(handler_sees_current(), sys.exc_info()[0])
print(level1.__code__.co_name, level1.__code__.co_argcount, innermost_line.__code__.co_varnames[:2])
