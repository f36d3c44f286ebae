def parse(line):
    key, _, value = line.partition("=")
    return key.strip(), value.strip()

def selftest():
    assert parse("a = 1") == ("a", "1")
    return "selftest passed"

print("tool: module name is", __name__)

if __name__ == "__main__":
    print("tool: running as a script (never happens in this program)")
    print(selftest())
