# Conway's game of life on a small torus, using sets of tuples
W, H = 12, 10
live = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2), (7, 5), (8, 5), (9, 5)}
def step(cells):
    counts = {}
    for x, y in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    k = ((x + dx) % W, (y + dy) % H)
                    counts[k] = counts.get(k, 0) + 1
    return {k for k, n in counts.items() if n == 3 or (n == 2 and k in cells)}
for gen in range(6):
    print('gen', gen, 'alive', len(live))
    for y in range(H):
        print(''.join(['#' if (x, y) in live else '.' for x in range(W)]))
    live = step(live)
for _ in range(40):
    live = step(live)
print('after 46 generations:', sorted(live))
