# An LRU cache class: dict + doubly linked list, eviction callbacks and statistics
class _Entry:
    __slots__ = ("key", "value", "prev", "next")
    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None

class LRUCache:
    def __init__(self, capacity, on_evict=None):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.on_evict = on_evict
        self.map = {}
        self.head = _Entry()          # sentinel: head.next is most recent
        self.tail = _Entry()          # sentinel: tail.prev is least recent
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = self.evictions = 0
    def _unlink(self, e):
        e.prev.next, e.next.prev = e.next, e.prev
    def _push_front(self, e):
        e.prev, e.next = self.head, self.head.next
        self.head.next.prev = e
        self.head.next = e
    def get(self, key, default=None):
        e = self.map.get(key)
        if e is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(e)
        self._push_front(e)
        return e.value
    def put(self, key, value):
        e = self.map.get(key)
        if e is not None:
            e.value = value
            self._unlink(e)
            self._push_front(e)
            return
        if len(self.map) >= self.capacity:
            old = self.tail.prev
            self._unlink(old)
            del self.map[old.key]
            self.evictions += 1
            if self.on_evict:
                self.on_evict(old.key, old.value)
        e = _Entry(key, value)
        self.map[key] = e
        self._push_front(e)
    def __contains__(self, key):
        return key in self.map
    def __len__(self):
        return len(self.map)
    def keys(self):
        out, e = [], self.head.next
        while e is not self.tail:
            out.append(e.key)
            e = e.next
        return out
    def __repr__(self):
        return f"LRUCache({self.keys()}, hits={self.hits}, misses={self.misses}, evictions={self.evictions})"

evicted = []
cache = LRUCache(3, on_evict=lambda k, v: evicted.append(f"{k}={v}"))
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    cache.put(k, v)
print(cache)
print(cache.get("a"), cache.get("z", "missing"))
cache.put("d", 4)
print(cache, evicted)
cache.put("b", 20)
cache.put("e", 5)
print(cache, evicted, "b" in cache, "c" in cache, len(cache))

def cached(capacity):
    def deco(fn):
        store = LRUCache(capacity)
        def wrapper(n):
            sentinel = object()
            v = store.get(n, sentinel)
            if v is sentinel:
                v = fn(n)
                store.put(n, v)
            return v
        wrapper.store = store
        return wrapper
    return deco

@cached(capacity=50)
def ways(n):
    """Number of ways to climb n stairs taking 1, 2 or 3 steps."""
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)
print(ways(30), ways(45))
print(ways.store.hits, ways.store.misses, len(ways.store))
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)
requests = [1, 2, 3, 1, 4, 5, 2, 1, 6, 1, 2, 3]
c2 = LRUCache(3)
trace = []
for r in requests:
    trace.append("H" if c2.get(r) is not None else "M")
    c2.put(r, str(r))
print("".join(trace), c2)
