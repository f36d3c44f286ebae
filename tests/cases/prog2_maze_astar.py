# Maze solving with A*: Grid and Solver classes, a small binary heap, path rendering
MAZE = """
##########################
#S.....#........#........#
#.####.#.######.#.######.#
#.#....#......#.#......#.#
#.#.#########.#.######.#.#
#.#.....#.....#........#.#
#.#####.#.#############..#
#.....#.#.............#..#
#####.#.#############.#.##
#.....#...............#.E#
##########################
"""

class Heap:
    def __init__(self):
        self.a = []
    def push(self, item):
        a = self.a
        a.append(item)
        i = len(a) - 1
        while i > 0 and a[i] < a[(i - 1) // 2]:
            a[i], a[(i - 1) // 2] = a[(i - 1) // 2], a[i]
            i = (i - 1) // 2
    def pop(self):
        a = self.a
        a[0], a[-1] = a[-1], a[0]
        top = a.pop()
        i = 0
        while 2 * i + 1 < len(a):
            c = 2 * i + 1
            if c + 1 < len(a) and a[c + 1] < a[c]:
                c += 1
            if a[c] < a[i]:
                a[c], a[i] = a[i], a[c]
                i = c
            else:
                break
        return top
    def __bool__(self):
        return bool(self.a)

class Grid:
    def __init__(self, text):
        self.rows = [list(r) for r in text.strip().splitlines()]
        self.h, self.w = len(self.rows), len(self.rows[0])
        for r, row in enumerate(self.rows):
            for c, ch in enumerate(row):
                if ch == "S":
                    self.start = (r, c)
                elif ch == "E":
                    self.end = (r, c)
    def passable(self, pos):
        r, c = pos
        return 0 <= r < self.h and 0 <= c < self.w and self.rows[r][c] != "#"
    def neighbours(self, pos):
        r, c = pos
        for dr, dc in ((-1, 0), (0, 1), (1, 0), (0, -1)):
            nxt = (r + dr, c + dc)
            if self.passable(nxt):
                yield nxt
    def render(self, path=(), visited=()):
        out = [row[:] for row in self.rows]
        for r, c in visited:
            if out[r][c] == ".":
                out[r][c] = ","
        for r, c in path:
            if out[r][c] in ".,":
                out[r][c] = "*"
        return "\n".join("".join(row) for row in out)

class Solver:
    def __init__(self, grid, heuristic):
        self.grid, self.h = grid, heuristic
        self.expanded = 0
    def solve(self):
        g = self.grid
        heap = Heap()
        heap.push((self.h(g.start, g.end), 0, g.start))
        best = {g.start: 0}
        came = {}
        closed = set()
        while heap:
            f, cost, pos = heap.pop()
            if pos in closed:
                continue
            closed.add(pos)
            self.expanded += 1
            if pos == g.end:
                path = [pos]
                while pos in came:
                    pos = came[pos]
                    path.append(pos)
                return path[::-1], closed
            for nxt in g.neighbours(pos):
                nc = cost + 1
                if nc < best.get(nxt, 10 ** 9):
                    best[nxt] = nc
                    came[nxt] = pos
                    heap.push((nc + self.h(nxt, g.end), nc, nxt))
        return None, closed

grid = Grid(MAZE)
print("start", grid.start, "end", grid.end, "size", grid.w, "x", grid.h)
manhattan = lambda a, b: abs(a[0] - b[0]) + abs(a[1] - b[1])
zero = lambda a, b: 0
results = {}
for name, h in [("A* manhattan", manhattan), ("Dijkstra", zero)]:
    solver = Solver(grid, h)
    path, closed = solver.solve()
    results[name] = (len(path) - 1, solver.expanded)
    print(f"{name}: length {len(path) - 1}, expanded {solver.expanded}")
path, closed = Solver(grid, manhattan).solve()
print(grid.render(path, closed))
print(results["A* manhattan"][0] == results["Dijkstra"][0], results["A* manhattan"][1] <= results["Dijkstra"][1])
blocked = Grid(MAZE.replace(".E", "#E"))
print("blocked maze:", Solver(blocked, manhattan).solve()[0])
