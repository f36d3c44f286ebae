# Conway's Life on a torus as a Board class: rendering, stepping, cycle detection, pattern stamping
class Board:
    def __init__(self, width, height, alive=()):
        self.w, self.h = width, height
        self.alive = set()
        for x, y in alive:
            self.alive.add((x % width, y % height))
    @classmethod
    def parse(cls, text, width=None, height=None):
        rows = text.strip("\n").splitlines()
        cells = [(x, y) for y, row in enumerate(rows) for x, ch in enumerate(row) if ch == "#"]
        return cls(width or max(map(len, rows)), height or len(rows), cells)
    def stamp(self, pattern, dx, dy):
        for x, y in pattern.alive:
            self.alive.add(((x + dx) % self.w, (y + dy) % self.h))
        return self
    def neighbours(self, x, y):
        return sum(((x + i) % self.w, (y + j) % self.h) in self.alive
                   for i in (-1, 0, 1) for j in (-1, 0, 1) if i or j)
    def step(self):
        candidates = {((x + i) % self.w, (y + j) % self.h) for x, y in self.alive for i in (-1, 0, 1) for j in (-1, 0, 1)}
        nxt = set()
        for c in candidates:
            n = self.neighbours(*c)
            if n == 3 or (n == 2 and c in self.alive):
                nxt.add(c)
        return Board(self.w, self.h, nxt)
    def key(self):
        return tuple(sorted(self.alive))
    def __eq__(self, other):
        return (self.w, self.h) == (other.w, other.h) and self.alive == other.alive
    def __len__(self):
        return len(self.alive)
    def __str__(self):
        return "\n".join("".join("#" if (x, y) in self.alive else "." for x in range(self.w)) for y in range(self.h))
    def bounding_box(self):
        xs = sorted(x for x, _ in self.alive)
        ys = sorted(y for _, y in self.alive)
        return (xs[0], ys[0], xs[-1], ys[-1]) if self.alive else None

def run_until_cycle(board, limit=200):
    seen = {}
    gen = 0
    while gen <= limit:
        k = board.key()
        if k in seen:
            return seen[k], gen - seen[k], len(board)
        seen[k] = gen
        board = board.step()
        gen += 1
    return None

GLIDER = Board.parse("""
.#.
..#
###
""")
BLINKER = Board.parse("###")
BLOCK = Board.parse("##\n##")
world = Board(12, 8).stamp(GLIDER, 0, 0).stamp(BLINKER, 7, 5)
print(world, "", sep="\n")
for gen in range(1, 5):
    world = world.step()
    print(f"generation {gen}: {len(world)} cells, box {world.bounding_box()}")
print(world)
print()
for name, pattern, size in [("block", BLOCK, 6), ("blinker", BLINKER, 5), ("glider", GLIDER, 6)]:
    b = Board(size, size).stamp(pattern, 1, 1)
    print(name, "-> first repeat at generation, period, population:", run_until_cycle(b))
r_pentomino = Board.parse(".##\n##.\n.#.", 16, 16)
counts = []
b = Board(16, 16).stamp(r_pentomino, 6, 6)
for _ in range(30):
    counts.append(len(b))
    b = b.step()
print(counts)
bl = Board(5, 5).stamp(BLINKER, 1, 2)
print(bl.step().step() == bl, bl.step() == bl, bl.step())
