# Details of __exit__: exception instance identity, args, chaining, modifying the exception
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        self.seen = (exc_type, exc)
        if exc is not None:
            print("  __exit__ sees:", exc_type.__name__, exc.args, "context:", repr(exc.__context__))
        return False

cm = Inspect()
err = ValueError("v", 1)
try:
    with cm:
        raise err
except ValueError as caught:
    print("same object everywhere:", caught is err, cm.seen[1] is err, cm.seen[0] is ValueError)

try:
    with Inspect():
        try:
            1 / 0
        except ZeroDivisionError:
            raise KeyError("while handling")
except KeyError:
    pass

class AddNote:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc is not None:
            exc.args = exc.args + ("(noted by cm)",)
        return False
try:
    with AddNote():
        raise RuntimeError("base message")
except RuntimeError as e:
    print("modified args:", e.args)

class Replace:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is KeyError:
            raise LookupError("replaced") from exc
try:
    with Replace():
        {}["x"]
except LookupError as e:
    print(type(e).__name__, e, "cause:", repr(e.__cause__))

class ExitArgsCount:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        print("  __exit__ got", len(args), "args; all None:", all(a is None for a in args))
with ExitArgsCount():
    pass

class StaticExit:
    def __enter__(self):
        return "entered"
    @staticmethod
    def __exit__(*args):
        print("  static __exit__ got", len(args), "args")
with StaticExit() as v:
    print("  value", v)
