# sys.stdin.readline(): header line then records, then EOF -> ''
import sys
header = sys.stdin.readline()
print(repr(header))
n = int(header)
rows = []
for i in range(n):
    line = sys.stdin.readline()
    name, score = line.split()
    rows.append((name, int(score)))
print(rows)
rows.sort(key=lambda r: (-r[1], r[0]))
for rank, (name, score) in enumerate(rows, 1):
    print(f'{rank:2}. {name:<8} {score:5}')
rest = sys.stdin.readline()
print(repr(rest))
print(repr(sys.stdin.readline()), repr(sys.stdin.readline()))
