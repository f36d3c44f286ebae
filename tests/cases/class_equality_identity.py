# Value objects vs identity objects; __eq__ via tuples; using objects in sets and dict keys
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def _key(self):
        return (self.x, self.y)
    def __eq__(self, other):
        if type(other) is not Point:
            return NotImplemented
        return self._key() == other._key()
    def __hash__(self):
        return hash(self._key())
    def __repr__(self):
        return f"P{self._key()}"

class Session:
    def __init__(self, user):
        self.user = user
    def __repr__(self):
        return f"Session({self.user})"

a, b, c = Point(1, 2), Point(1, 2), Point(2, 1)
print(a == b, a is b, a == c, a != c, a == (1, 2))
visited = {a, b, c, Point(2, 1)}
print(len(visited), Point(1, 2) in visited, Point(3, 3) in visited)
dist = {Point(0, 0): 0}
dist[Point(0, 1)] = 1
dist[Point(0, 0)] = 99
print(dist, dist[Point(0, 1)])
print(sorted(visited, key=lambda p: p._key()))
print([Point(1, 2), Point(1, 2)].count(a), [a, c].index(Point(2, 1)))

s1, s2 = Session("ann"), Session("ann")
print(s1 == s2, s1 is s2, s1 == s1, len({s1, s2, s1}))
registry = {s1: "first", s2: "second"}
print(len(registry), registry[s1], registry[s2])
print(s1 in [s2], s1 in [s1])

def dedupe(items):
    seen = set()
    out = []
    for it in items:
        if it not in seen:
            seen.add(it)
            out.append(it)
    return out
print(dedupe([Point(1, 1), Point(2, 2), Point(1, 1), Point(3, 3), Point(2, 2)]))
print(dedupe([s1, s2, s1]))
frozen = frozenset([Point(5, 5), Point(5, 5)])
print(len(frozen), Point(5, 5) in frozen)
