# Generator pipelines processing a log
LOG = """\
2024-01-01 10:00:01 INFO server started port=8080
2024-01-01 10:00:05 DEBUG config loaded
2024-01-01 10:01:12 WARN slow request path=/api/users ms=1500
2024-01-01 10:02:00 ERROR db timeout path=/api/orders
2024-01-01 10:02:30 INFO request path=/api/users ms=120
malformed line here
2024-01-01 10:03:45 ERROR crash path=/api/pay
2024-01-01 10:04:00 INFO request path=/api/orders ms=80
2024-01-01 10:05:10 WARN slow request path=/api/pay ms=2300
"""

def read_lines(text):
    for line in text.splitlines():
        yield line

def parse(lines):
    for line in lines:
        parts = line.split()
        if len(parts) < 4:
            print(f"  skipping malformed: {line!r}")
            continue
        date, time_, level, *rest = parts
        fields = dict(p.split("=", 1) for p in rest if "=" in p)
        words = [p for p in rest if "=" not in p]
        yield {"time": time_, "level": level, "msg": " ".join(words), **fields}

def only(levels, records):
    for r in records:
        if r["level"] in levels:
            yield r

def with_ms(records):
    for r in records:
        r["ms"] = int(r.get("ms", 0))
        yield r

records = list(with_ms(parse(read_lines(LOG))))
print(len(records), "records")
for r in only({"ERROR", "WARN"}, records):
    print(f"{r['time']} {r['level']:<5} {r['msg']:<14} {r.get('path', '-')}")
counts = {}
for r in records:
    counts[r["level"]] = counts.get(r["level"], 0) + 1
print(counts)
slowest = max(records, key=lambda r: r["ms"])
print("slowest:", slowest["path"], slowest["ms"])
by_path = {}
for r in (r for r in records if "path" in r):
    by_path.setdefault(r["path"], []).append(r["ms"])
for path in sorted(by_path):
    ms = by_path[path]
    print(f"{path:<12} n={len(ms)} total_ms={sum(ms)} max={max(ms)}")

def batched(it, n):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
print([[r["level"][0] for r in b] for b in batched(records, 3)])

def moving_average(values, k):
    window = []
    for v in values:
        window.append(v)
        if len(window) > k:
            window.pop(0)
        yield round(sum(window) / len(window), 1)
print(list(moving_average((r["ms"] for r in records), 3)))
