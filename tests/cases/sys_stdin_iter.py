# Iterating over sys.stdin line by line
import sys
total = 0
lines = 0
for line in sys.stdin:
    lines += 1
    stripped = line.rstrip('\n')
    print(lines, repr(line), len(stripped))
    for tok in stripped.split():
        if tok.lstrip('-').isdigit():
            total += int(tok)
print('lines', lines, 'total', total)
