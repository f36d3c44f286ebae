import warnings

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", DeprecationWarning)
    warnings.warn(RuntimeWarning("third"))
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", UserWarning)
    except UserWarning as e:
        print("raised", e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    warnings.warn("hidden")
    print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.filterwarnings("error", message="bad")
    warnings.simplefilter("always", append=True)
    warnings.warn("fine")
    try:
        warnings.warn("bad thing")
    except UserWarning as e:
        print("error for", e)
    print(len(w))
try:
    warnings.warn("x", int)
except TypeError as e:
    print(e)
print(warnings.formatwarning("msg", UserWarning, "f.py", 3).strip())
