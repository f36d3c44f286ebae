# Object builtins: getattr setattr hasattr delattr callable isinstance issubclass type id vars dir repr ascii chr ord format object.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
class A:
    cls_attr = 1
    def __init__(self):
        self.x = 5
    def m(self):
        return "m"
class B(A):
    pass
a = A()
show("getattr", lambda: [getattr(a, "x"), getattr(a, "y", None), getattr(A, "cls_attr"), getattr(a, "m")(), getattr(1, "real"), getattr("s", "upper")()])
show("getattr missing", lambda: getattr(a, "nope"))
show("getattr cls missing", lambda: getattr(A, "nope"))
show("getattr int", lambda: getattr(5, "nope"))
show("getattr name", lambda: getattr(a, 5))
show("getattr args", lambda: getattr(a))
setattr(a, "y", 7)
show("setattr", lambda: [a.y, hasattr(a, "y"), hasattr(a, "zz"), hasattr(A, "m"), hasattr(5, "real")])
delattr(a, "y")
show("delattr", lambda: hasattr(a, "y"))
show("delattr missing", lambda: delattr(a, "y"))
show("setattr int", lambda: setattr(5, "x", 1))
show("setattr obj", lambda: setattr(object(), "x", 1))
show("setattr name", lambda: setattr(a, 1, 1))
show("callable", lambda: [callable(len), callable(A), callable(a), callable(a.m), callable(5), callable(lambda: 0), callable(str.upper), callable(None)])
show("isinstance", lambda: [isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(b"", (str, (bytes,))), isinstance(B(), A), isinstance(a, B), isinstance(A, type), isinstance(1, object)])
show("isinstance err", lambda: isinstance(1, 1))
show("isinstance err2", lambda: isinstance(1, (int, 1)))
show("issubclass", lambda: [issubclass(bool, int), issubclass(B, A), issubclass(A, B), issubclass(A, object), issubclass(int, (str, int)), issubclass(type, object), issubclass(B, B)])
show("issubclass err", lambda: issubclass(1, int))
show("issubclass err2", lambda: issubclass(int, 1))
show("type", lambda: [type(1), type("a"), type(a), type(A), type(None), type(type), type(len), type(1.5).__name__, type(a).__name__, type([]) is list])
show("type err", lambda: type(1, 2))
show("id", lambda: [id(a) == id(a), id(a) != id(A()), isinstance(id(1), int)])
show("vars", lambda: [vars(a), sorted(k for k in vars(A) if not k.startswith("__"))])
show("vars err", lambda: vars(5))
show("dir", lambda: [[n for n in dir(a) if not n.startswith("__")], "append" in dir([]), "upper" in dir(""), sorted(dir(B)) == sorted(dir(A))])
show("repr", lambda: [repr(1), repr("a"), repr([1, "b"]), repr(None), repr(A)[:17], repr(a)[:19], repr(len), repr(int), repr(1.0), repr(-0.0), repr((1,)), repr({"a": [1]}), repr(set()), repr(frozenset()), repr(Ellipsis), repr(NotImplemented)])
show("ascii", lambda: [ascii("é"), ascii("\x00"), ascii(["日"]), ascii(1)])
show("chr", lambda: [chr(65), chr(0x1F600), chr(0), chr(0x10FFFF), chr(True)])
show("chr err", lambda: chr(0x110000))
show("chr err2", lambda: chr(-1))
show("chr err3", lambda: chr("a"))
show("ord", lambda: [ord("a"), ord("é"), ord("\U0001F600"), ord(b"a"), ord(bytearray(b"z"))])
show("ord err", lambda: ord("ab"))
show("ord err2", lambda: ord(""))
show("ord err3", lambda: ord(1))
show("ord err4", lambda: ord(b"ab"))
show("object", lambda: [type(object()).__name__, object() == object(), isinstance(object(), object), str(object())[:17]])
show("object args", lambda: object(1))
show("str args", lambda: str(1, 2))
show("format", lambda: [format(5), format(5, "03"), format("x", "^3"), format(1.5, "e")])
show("format args", lambda: format())
show("globals", lambda: ["show" in globals(), type(globals()).__name__, globals()["A"] is A])
def loc(p, q=2):
    r = 3
    return sorted(locals().items())
show("locals", lambda: loc(1))
show("input", lambda: input.__name__)
show("print ret", lambda: print("hi", "there", sep="-", end="!\n"))
show("print err", lambda: print(sep=5))
show("print err2", lambda: print(end=[1]))
show("print file", lambda: print("x", file=None))
show("print kw", lambda: print(foo=1))
