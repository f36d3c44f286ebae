# namedtuples in pattern matching, unpacking, dict keys, sorting and
# zip/map pipelines.
from collections import namedtuple
from typing import NamedTuple

Point = namedtuple("Point", "x y")


class Line(NamedTuple):
    start: Point
    end: Point


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return "diagonal"
        case (a, b):
            return f"somewhere {a},{b}"
    return "not a point"


for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7), (4, 5), "pt"]:
    print(where(p))


def length2(shape):
    match shape:
        case Line(Point(x1, y1), Point(x2, y2)):
            return (x2 - x1) ** 2 + (y2 - y1) ** 2
        case Line(start=s, end=e):
            return None


print(length2(Line(Point(0, 0), Point(3, 4))), Line.__match_args__, Point.__match_args__)

grid = {Point(x, y): x * y for x in range(3) for y in range(2)}
print(grid[Point(2, 1)], len(grid), Point(2, 1) in grid, (2, 1) in grid)
pts = [Point(3, 1), Point(1, 2), Point(1, 1)]
print(sorted(pts), min(pts, key=lambda p: p.y), [p.x for p in pts])
xs, ys = zip(*pts)
print(xs, ys, list(map(Point._make, [(9, 8), (7, 6)])))
total = Point(*map(sum, zip(*pts)))
print(total, total._replace(x=0), sum(total))
for i, (x, y) in enumerate(pts):
    print(i, x, y)
