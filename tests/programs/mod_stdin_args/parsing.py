def parse_record(line):
    name, score = line.rsplit(",", 1)
    return name.strip(), int(score)

def summarize(records):
    if not records:
        return "no records"
    best = max(records, key=lambda r: r[1])
    avg = sum(s for _, s in records) / len(records)
    return f"{len(records)} records, best {best[0]} ({best[1]}), average {avg:.2f}"
