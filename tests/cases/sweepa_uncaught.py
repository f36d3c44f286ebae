# pyaot: full-stderr
# An uncaught exception inside nested calls: traceback on stderr, exit 1.
class ValidationError(ValueError):
    pass


def parse(s):
    return int(s)


def validate(items):
    out = []
    for it in items:
        try:
            out.append(parse(it))
        except ValueError as e:
            raise ValidationError(f"bad item {it!r}") from e
    return out


print(validate(["1", "2"]))
data = {"k": [1, 2, 3]}
print(data["k"][1])
print(validate(["3", "x4"]))
