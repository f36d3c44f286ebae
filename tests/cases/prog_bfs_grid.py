# Breadth-first search on a character grid
grid = [
    'S....#....',
    '.##..#.##.',
    '.#...#..#.',
    '.#.###..#.',
    '.#......#E',
    '.####.###.',
    '..........',
]
rows, cols = len(grid), len(grid[0])
start = end = None
for r in range(rows):
    for c in range(cols):
        if grid[r][c] == 'S':
            start = (r, c)
        elif grid[r][c] == 'E':
            end = (r, c)
dist = {start: 0}
prev = {}
queue = [start]
head = 0
while head < len(queue):
    cur = queue[head]
    head += 1
    r, c = cur
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != '#' and (nr, nc) not in dist:
            dist[(nr, nc)] = dist[cur] + 1
            prev[(nr, nc)] = cur
            queue.append((nr, nc))
print('start', start, 'end', end, 'distance', dist.get(end))
path = []
p = end
while p != start:
    path.append(p)
    p = prev[p]
path.reverse()
canvas = [list(row) for row in grid]
for r, c in path[:-1]:
    canvas[r][c] = '*'
for row in canvas:
    print(''.join(row))
print('reachable', len(dist), 'max', max(dist.values()))
