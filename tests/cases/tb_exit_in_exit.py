# An exception inside __exit__ replaces the one from the with-body
class Session:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("closing", self.name, "after", exc_type.__name__ if exc_type else "success")
        if exc_type is not None:
            raise RuntimeError(f"could not close {self.name} cleanly")
        return False

with Session("one") as s:
    print("working in", s.name)
with Session("two"):
    print("about to fail")
    raise KeyError("lost")
