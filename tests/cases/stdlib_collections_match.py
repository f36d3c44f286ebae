from collections import namedtuple
Point = namedtuple("Point", "x y")
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return "x-axis at %d" % x
        case Point(x=0, y=y):
            return "y-axis at %d" % y
        case Point(x, y):
            return "at %d,%d" % (x, y)
for p in [Point(0, 0), Point(3, 0), Point(0, 4), Point(1, 2)]:
    print(where(p))
print(Point.__match_args__)
