import re
from collections import defaultdict, Counter
from datetime import datetime

LOG = """\
2024-03-01 12:00:01 INFO  [auth] user=alice action=login ip=10.0.0.1
2024-03-01 12:00:05 WARN  [db] slow query took 1532ms
2024-03-01 12:01:10 ERROR [auth] user=bob action=login failed: bad password
2024-03-01 12:02:00 INFO  [api] GET /items/42 200 12ms
2024-03-01 12:02:03 INFO  [api] POST /items 201 40ms
2024-03-01 12:03:44 ERROR [api] GET /items/999 404 3ms
garbage line here
2024-03-01 12:05:00 INFO  [auth] user=alice action=logout ip=10.0.0.1
"""

LINE = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]{8}) (?P<level>[A-Z]+)\s+\[(?P<mod>\w+)\] (?P<msg>.*)$"
)
KV = re.compile(r"(\w+)=(\S+)")
REQ = re.compile(r"(GET|POST|PUT|DELETE) (\S+) (\d{3}) (\d+)ms")

levels = Counter()
by_mod = defaultdict(list)
bad = 0
times = []
for line in LOG.splitlines():
    m = LINE.match(line)
    if not m:
        bad += 1
        continue
    levels[m["level"]] += 1
    by_mod[m.group("mod")].append(m.group("msg"))
    times.append(datetime.strptime(m["date"] + " " + m["time"], "%Y-%m-%d %H:%M:%S"))
    kv = dict(KV.findall(m["msg"]))
    if kv:
        print(m["level"].ljust(5), kv)
    r = REQ.search(m["msg"])
    if r:
        method, path, status, ms = r.groups()
        print(f"{method:6}{path:<12}{int(status):>4}{int(ms):>5}ms span={r.span()}")
print(dict(levels), bad)
print({k: len(v) for k, v in sorted(by_mod.items())})
print(times[-1] - times[0], (times[-1] - times[0]).total_seconds())
print(re.sub(r"\d+ms", lambda m: f"<{int(m.group()[:-2]) / 1000:.3f}s>", LOG.splitlines()[1]))
print(re.findall(r"user=(\w+)", LOG))
print(re.split(r"\s*\|\s*", "a | b|c  |  d"))
ips = set(re.findall(r"\b(?:\d{1,3}\.){3}\d{1,3}\b", LOG))
print(ips)
print(bool(re.fullmatch(r"[\w.]+@\w+\.(com|org)", "x.y@site.org")), re.escape("a.b*c"))
print(re.sub(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", r"\g<d>/\g<m>/\g<y>", "on 2024-03-01."))
