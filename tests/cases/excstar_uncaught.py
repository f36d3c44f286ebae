# pyaot: full-stderr
def work():
    raise ExceptionGroup("work failed", [ValueError("a"), TypeError("b")])

try:
    work()
except* ValueError as e:
    print("handled", repr(e))
