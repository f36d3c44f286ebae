# reads stdin and argv (main.in / main.args), parsing in a helper module
import sys
from parsing import parse_record, summarize

threshold = int(sys.argv[1]) if len(sys.argv) > 1 else 0
label = sys.argv[2] if len(sys.argv) > 2 else "default"
print("args:", sys.argv[1:])
records = []
bad = 0
for line in sys.stdin:
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    try:
        records.append(parse_record(line))
    except ValueError:
        bad += 1
print(summarize(records), "| bad lines:", bad)
passed = [n for n, s in records if s >= threshold]
print(f"[{label}] passed (>= {threshold}):", passed)
