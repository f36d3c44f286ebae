# Parse web-server log lines with a verbose, named-group pattern and
# aggregate statistics per status code and per path.
import re

LOG = re.compile(r"""
    ^(?P<ip>\d{1,3}(?:\.\d{1,3}){3})      # client address
    \s+-\s+(?P<user>\S+)                  # user or '-'
    \s+\[(?P<ts>[^\]]+)\]                 # timestamp
    \s+"(?P<method>[A-Z]+)\s+(?P<path>\S+)\s+HTTP/(?P<ver>\d\.\d)"
    \s+(?P<status>\d{3})
    \s+(?P<size>\d+|-)$
""", re.VERBOSE)

lines = [
    '10.0.0.1 - alice [21/Nov/2026:10:00:01 +0000] "GET /index.html HTTP/1.1" 200 5120',
    '10.0.0.2 - - [21/Nov/2026:10:00:02 +0000] "POST /api/login HTTP/1.1" 401 312',
    '192.168.1.77 - bob [21/Nov/2026:10:00:05 +0000] "GET /img/logo.png HTTP/2.0" 304 -',
    'garbage line that does not match',
    '10.0.0.1 - alice [21/Nov/2026:10:01:00 +0000] "GET /index.html HTTP/1.1" 200 5120',
    '10.0.0.3 - - [21/Nov/2026:10:02:00 +0000] "DELETE /api/item/42 HTTP/1.1" 500 0',
]

by_status = {}
by_path = {}
total = 0
for n, line in enumerate(lines, 1):
    m = LOG.match(line)
    if m is None:
        print("line", n, "unparsed:", repr(line))
        continue
    d = m.groupdict()
    print(n, d["ip"], d["method"], d["path"], d["status"], m.span("path"))
    by_status[d["status"]] = by_status.get(d["status"], 0) + 1
    by_path[d["path"]] = by_path.get(d["path"], 0) + 1
    if d["size"] != "-":
        total += int(d["size"])

print(sorted(by_status.items()))
print(sorted(by_path.items(), key=lambda kv: (-kv[1], kv[0])))
print("bytes:", total)
print(LOG.groups, sorted(LOG.groupindex.items(), key=lambda kv: kv[1]))
