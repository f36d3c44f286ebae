# Reading records from stdin, transforming them through StringIO buffers,
# and parsing a JSON payload embedded in the input.
import io
import json
import sys

header = sys.stdin.readline().strip()
print("header:", header)
out = io.StringIO()
payload_lines = []
in_payload = False
for line in sys.stdin:
    line = line.rstrip("\n")
    if line == "BEGIN JSON":
        in_payload = True
        continue
    if line == "END JSON":
        in_payload = False
        continue
    if in_payload:
        payload_lines.append(line)
        continue
    if not line:
        continue
    name, score = line.split(":")
    print(f"{name.strip().title():<8}{int(score):>5}", file=out)

report = out.getvalue()
print(report, end="")
print(len(report.splitlines()), "records")
payload = json.loads("\n".join(payload_lines))
print(payload["title"], sorted(payload["tags"]), payload["weights"])
buffer = io.StringIO(report)
best = max(buffer, key=lambda l: int(l[8:]))
print("best:", best.strip())
