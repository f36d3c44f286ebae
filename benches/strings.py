# String processing: generate pseudo-random text from a vocabulary, then
# split, normalise, count words in a dict, format report lines, join,
# search and replace.
# Stresses: str split/join/strip/lower/upper/replace/find/startswith,
# slicing, f-string formatting, str concatenation, dict of str -> int,
# sorting with a key.

LINES = 160000
WORDS_PER_LINE = 12

VOCAB = [
    "alpha", "Beta", "gamma", "delta", "Epsilon", "zeta", "eta", "theta",
    "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho",
    "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega", "compiler",
    "runtime", "python", "native", "code", "fast", "slow", "object", "int",
    "float", "string", "list", "dict", "tuple", "set", "loop",
]
PUNCT = [",", ".", ";", ":", "!", "?", ""]


def generate(lines, per_line):
    state = 42
    out = []
    nv = len(VOCAB)
    np = len(PUNCT)
    for i in range(lines):
        words = []
        for j in range(per_line):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            w = VOCAB[(state >> 8) % nv]
            if (state >> 4) % 5 == 0:
                w = w + PUNCT[(state >> 12) % np]
            words.append(w)
        out.append("  " + " ".join(words) + "  ")
    return out


def strip_punct(w):
    while w and w[-1] in ",.;:!?":
        w = w[:-1]
    return w


def main():
    text = generate(LINES, WORDS_PER_LINE)
    counts = {}
    total_words = 0
    total_chars = 0
    for line in text:
        line = line.strip()
        total_chars += len(line)
        for w in line.split(" "):
            w = strip_punct(w).lower()
            if not w:
                continue
            total_words += 1
            counts[w] = counts.get(w, 0) + 1

    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    report = []
    for rank, (word, n) in enumerate(ranked):
        report.append(f"{rank + 1:>3}. {word:<10} {n:>7} {100.0 * n / total_words:6.2f}%")
    report_text = "\n".join(report)

    # search / replace / case work over the whole text
    joined = "\n".join(text)
    upper_hits = joined.upper().count("COMPILER")
    replaced = joined.replace("python", "PYTHON").replace("slow", "quick")
    first = replaced.find("PYTHON")
    starts = 0
    csv_len = 0
    for line in replaced.splitlines():
        s = line.strip()
        if s.startswith("alpha") or s.endswith("omega"):
            starts += 1
        parts = s.split()
        csv = ",".join([p.upper() if len(p) > 4 else p for p in parts[::2]])
        csv_len += len(csv)

    h = 0
    for ch in report_text:
        h = (h * 131 + ord(ch)) % 1000000007
    print(ranked[0][0], ranked[0][1], ranked[-1][0], ranked[-1][1])
    print(f"words={total_words} chars={total_chars} upper={upper_hits} first={first} starts={starts} csv={csv_len}")
    print(f"checksum: {h}")


main()
