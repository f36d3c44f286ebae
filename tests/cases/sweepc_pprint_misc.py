import pprint
import reprlib
import shlex
import calendar
import difflib
import graphlib
import html
from urllib.parse import urlparse, parse_qs, urlencode, quote, unquote, urljoin

data = {"name": "service", "ports": list(range(8000, 8012)), "env": {"DEBUG": "1", "LEVEL": "info", "PATH": "/usr/bin:/bin"},
        "nested": [{"a": i, "b": [i] * i} for i in range(4)], "tuple": (1, 2), "set": {3, 1, 2}}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
print(pprint.pformat(list(range(30)), compact=True, width=50))
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100))
print(shlex.split('cmd --name "John Smith" \'single q\' a\\ b'), shlex.quote("it's here"), shlex.join(["a b", "c"]))
print(calendar.month(2024, 2))
print(calendar.isleap(2024), calendar.monthrange(2023, 2), calendar.weekday(2024, 7, 4), calendar.day_name[0])
a = "the quick brown fox jumps".split()
b = "the quick red fox leaps".split()
print(list(difflib.unified_diff(a, b, lineterm="", n=1)))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]), round(difflib.SequenceMatcher(None, "abcd", "bcde").ratio(), 4))
ts = graphlib.TopologicalSorter({"d": {"b", "c"}, "b": {"a"}, "c": {"a"}})
print(list(ts.static_order()))
print(html.escape("<a href='x'>&</a>"), html.unescape("&lt;&amp;&gt;&quot;&#39;&eacute;"))
u = urlparse("https://user:pw@example.com:8080/path/to;params?q=1&r=two&q=3#frag")
print(u.scheme, u.netloc, u.hostname, u.port, u.path, u.query, u.fragment, u.username)
print(parse_qs(u.query), urlencode({"a": 1, "b": "x y"}), quote("a b/c?"), unquote("%7Euser%20x"))
print(urljoin("http://a/b/c/d", "../e"), urljoin("http://a/b/", "g?y"))
