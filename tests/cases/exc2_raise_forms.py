# Forms of raise: class, instance, re-raise, invalid objects
def raiser(what):
    raise what

for what in [ValueError, ValueError("inst"), KeyError, StopIteration(3)]:
    try:
        raiser(what)
    except Exception as e:
        print(type(e).__name__, repr(e), e.args)

for bad in [42, "string", None, object(), [ValueError]]:
    try:
        raise bad
    except TypeError as e:
        print(type(bad).__name__, "->", e)

class NeedsArgs(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
try:
    raise NeedsArgs
except TypeError as e:
    print("TypeError:", e)
try:
    raise NeedsArgs(1, 2)
except NeedsArgs as e:
    print("NeedsArgs", e.args)

class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print("TypeError:", e)

def exc_factory(kind):
    return {"v": ValueError, "k": KeyError, "t": TypeError}[kind](f"made {kind}")
for k in "vkt":
    try:
        raise exc_factory(k)
    except (ValueError, KeyError, TypeError) as e:
        print("factory:", repr(e))

e1 = RuntimeError("reused")
for i in range(2):
    try:
        raise e1
    except RuntimeError as e:
        print(i, e is e1, e)
try:
    raise ValueError("with tb").with_traceback(None)
except ValueError as e:
    print("with_traceback:", e, e.__traceback__ is not None)
