import csv
import io
from collections import defaultdict
from statistics import mean, median

SALES = """region,rep,month,amount
North,Ann,2024-01,1200.50
South,Bob,2024-01,830.00
North,Cid,2024-02,990.25
East,Dee,2024-01,1500.00
South,Bob,2024-02,1100.75
North,Ann,2024-02,1310.00
East,Eve,2024-02,420.10
"""
reader = csv.DictReader(io.StringIO(SALES))
by_region = defaultdict(list)
by_rep = defaultdict(float)
months = set()
for row in reader:
    amt = float(row["amount"])
    by_region[row["region"]].append(amt)
    by_rep[row["rep"]] += amt
    months.add(row["month"])
out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(["region", "n", "total", "mean", "median"])
for region in sorted(by_region):
    vals = by_region[region]
    w.writerow([region, len(vals), f"{sum(vals):.2f}", f"{mean(vals):.2f}", f"{median(vals):.2f}"])
print(out.getvalue(), end="")
top = sorted(by_rep.items(), key=lambda kv: kv[1], reverse=True)
for rank, (rep, total) in enumerate(top, 1):
    bar = "=" * int(total // 200)
    print(f"{rank}. {rep:<4}{total:>10,.2f} {bar}")
print(sorted(months), f"grand total: {sum(by_rep.values()):,.2f}")
share = {r: round(100 * sum(v) / sum(by_rep.values()), 1) for r, v in by_region.items()}
print(dict(sorted(share.items(), key=lambda kv: -kv[1])))
