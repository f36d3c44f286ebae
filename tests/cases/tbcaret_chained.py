# pyaot: full-stderr
def parse(s):
    try:
        return int(s)
    except ValueError:
        return {}["fallback"]

print(parse("12"))
parse("x")
