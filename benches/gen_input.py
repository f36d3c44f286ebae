# Deterministically generates the input file for parse_input.py
# (about 33 MB with the default line count).
# Usage: python3 benches/gen_input.py OUTPUT_PATH [LINES]
# (A CPython-side helper used by run.py; it is not itself a benchmark.)
import os
import sys

DEFAULT_LINES = 700000

CITIES = [
    "amsterdam", "berlin", "cairo", "delhi", "edinburgh", "frankfurt",
    "geneva", "helsinki", "istanbul", "jakarta", "kyoto", "lisbon", "madrid",
    "nairobi", "oslo", "paris", "quito", "rome", "seoul", "tokyo",
]
CATEGORIES = ["books", "garden", "games", "music", "tools", "food", "toys", "sports"]
TAGS = ["new", "sale", "used", "gift", "bulk", "rare"]


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (self.state >> 33) % n


def generate(lines):
    rng = Rng(2024)
    out = ["# id,city,category,quantity,price,rating,tags,comment\n"]
    for i in range(lines):
        city = CITIES[rng.next(len(CITIES))]
        cat = CATEGORIES[rng.next(len(CATEGORIES))]
        qty = rng.next(520) - 20
        cents = rng.next(1000000)
        price = f"{cents // 100}.{cents % 100:02d}"
        rating = rng.next(51)
        ntags = rng.next(4)
        tags = ";".join([TAGS[rng.next(len(TAGS))] for _ in range(ntags)])
        comment = ""
        if rng.next(7) == 0:
            comment = f"  note {i % 1000} for {city}  "
        out.append(f"{i},{city},{cat},{qty},{price},{rating // 10}.{rating % 10},{tags},{comment}\n")
        if rng.next(40) == 0:
            out.append("\n")
        if rng.next(5000) == 0:
            out.append("# checkpoint\n")
    return "".join(out)


def main():
    if len(sys.argv) < 2:
        print("usage: gen_input.py OUTPUT_PATH [LINES]", file=sys.stderr)
        sys.exit(2)
    lines = DEFAULT_LINES
    if len(sys.argv) > 2:
        lines = int(sys.argv[2])
    text = generate(lines)
    tmp = sys.argv[1] + ".tmp"
    with open(tmp, "w") as f:
        f.write(text)
    # publish atomically so a half-written file is never picked up
    os.replace(tmp, sys.argv[1])


main()
