import warnings


def old_api(x):
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return x * 2


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_api(1)
    warnings.warn("plain message")
    warnings.warn(RuntimeWarning("as instance"))
    warnings.warn("once", UserWarning)
print(len(caught))
for w in caught:
    print(w.category.__name__, str(w.message), type(w.message).__name__, w.category is type(w.message))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print("caught", type(e).__name__, e)
    try:
        old_api(2)
    except DeprecationWarning as e:
        print("caught", repr(e))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
    warnings.simplefilter("default", category=UserWarning)
    for i in range(3):
        warnings.warn("dedup")
    warnings.filterwarnings("error", message="boom")
    try:
        warnings.warn("boom goes the dynamite")
    except UserWarning as e:
        print("filtered error:", e)
    warnings.filterwarnings("ignore", category=RuntimeWarning)
    warnings.warn("rt", RuntimeWarning)
print([str(w.message) for w in caught])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("only once", FutureWarning)
print([(w.category.__name__, str(w.message)) for w in caught])
print(issubclass(DeprecationWarning, Warning), issubclass(UserWarning, Exception))
try:
    warnings.warn("x", category=int)
except TypeError as e:
    print(e)
print(warnings.formatwarning("msg", UserWarning, "file.py", 10, line="x = 1"), end="")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.warn_explicit("explicit", SyntaxWarning, "mod.py", 42)
print(caught[0].filename, caught[0].lineno, caught[0].category.__name__)
print(warnings.catch_warnings(record=True))
