print("pkg/sub: running, __name__ =", __name__)

def f(x):
    return x * 2

class Thing:
    def __repr__(self):
        return "Thing()"
