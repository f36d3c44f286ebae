# Template method with hooks overridden at different levels; calling "up" the hierarchy
class Report:
    title = "Report"
    def generate(self, rows):
        parts = [self.header()]
        for row in self.filter(rows):
            parts.append(self.format_row(row))
        parts.append(self.footer(rows))
        return "\n".join(p for p in parts if p is not None)
    def header(self):
        return f"== {self.title} =="
    def filter(self, rows):
        return rows
    def format_row(self, row):
        return " | ".join(str(v) for v in row)
    def footer(self, rows):
        return None

class CsvReport(Report):
    title = "CSV"
    def header(self):
        return None
    def format_row(self, row):
        return ",".join(str(v) for v in row)

class TotalsReport(Report):
    title = "With totals"
    def footer(self, rows):
        return f"-- {len(rows)} rows, sum of last column {sum(r[-1] for r in rows)}"

class FilteredTotals(TotalsReport):
    title = "Filtered"
    def __init__(self, minimum):
        self.minimum = minimum
    def filter(self, rows):
        return [r for r in super().filter(rows) if r[-1] >= self.minimum]
    def header(self):
        base = super().header()
        return None if base is None else base + f" (>= {self.minimum})"
    def format_row(self, row):
        return "> " + super().format_row(row)

class Fancy(FilteredTotals, CsvReport):
    title = "Fancy"

rows = [("apples", 3, 12), ("pears", 1, 4), ("kiwis", 10, 25), ("plums", 2, 8)]
for report in (Report(), CsvReport(), TotalsReport(), FilteredTotals(8), Fancy(10)):
    print(f"[{type(report).__name__}]")
    print(report.generate(rows))
print([k.__name__ for k in Fancy.__mro__])
