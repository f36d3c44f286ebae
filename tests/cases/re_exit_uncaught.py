# An invalid pattern raised at top level ends the program with the
# re.error traceback.
import re
print(re.findall(r"\d+", "a1b2"))
re.compile(r"(?P<name>abc")
print("not reached")
