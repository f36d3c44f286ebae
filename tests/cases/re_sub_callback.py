# re.sub with function replacements, counts, and subn.
import re

def to_upper(m):
    return m.group(0).upper()

text = "the quick brown fox jumps over the lazy dog"
print(re.sub(r"\b\w", to_upper, text))
print(re.sub(r"\b(\w)(\w*)", lambda m: m.group(2) + m.group(1) + "ay", text))
print(re.sub(r"o", "0", text, count=2))
print(re.subn(r"\s+", "_", text))

# Template variables with a dictionary lookup and a default.
env = {"name": "World", "n": "3"}
tmpl = "Hello, ${name}! You have ${n} new ${what} messages. $$ literal"
print(re.sub(r"\$\{(\w+)\}", lambda m: env.get(m.group(1), "<" + m.group(1) + "?>"), tmpl))

# Arithmetic on numbers found in text.
prices = "apple 1.20, pear 0.75, melon 3.00"
print(re.sub(r"\d+\.\d+", lambda m: "%.2f" % (float(m.group()) * 1.1), prices))

# Callback returning an empty string deletes the match; counting calls.
calls = []
def record(m):
    calls.append(m.span())
    return ""
print(repr(re.sub(r"[aeiou]", record, "education")), calls)

# camelCase to snake_case and back.
def snake(name):
    s = re.sub(r"(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s).lower()
def camel(name):
    return re.sub(r"_([a-z])", lambda m: m.group(1).upper(), name)
for n in ["CamelCase", "getHTTPResponseCode", "HTTPServer", "already_snake", "v2Api"]:
    print(n, snake(n), camel(snake(n)))
