# Building a text report in a StringIO, capturing print output by
# replacing sys.stdout, and parsing CSV-like text line by line.
import io
import sys

data = """name,qty,price
apple,3,0.5
banana,12,0.25
cherry,100,0.1
"""

reader = io.StringIO(data)
header = reader.readline().strip().split(",")
rows = []
for line in reader:
    fields = line.strip().split(",")
    rows.append(dict(zip(header, fields)))
print(header, len(rows))

report = io.StringIO()
report.write(f"{'item':<10}{'total':>8}\n")
report.write("-" * 18 + "\n")
grand = 0.0
for row in rows:
    total = int(row["qty"]) * float(row["price"])
    grand += total
    print(f"{row['name']:<10}{total:>8.2f}", file=report)
print(f"{'sum':<10}{grand:>8.2f}", file=report)
text = report.getvalue()
print(text, end="")
print(len(text.splitlines()), "lines")

def noisy(n):
    for i in range(n):
        print("step", i)
    return n * 2

saved = sys.stdout
sys.stdout = captured = io.StringIO()
try:
    result = noisy(3)
finally:
    sys.stdout = saved
print("result", result)
print("captured:", captured.getvalue().splitlines())

log = io.StringIO()
for level, msg in [("INFO", "start"), ("WARN", "low disk"), ("INFO", "done")]:
    print(level, msg, sep=": ", file=log)
warnings = [l for l in log.getvalue().splitlines() if l.startswith("WARN")]
print(warnings)
