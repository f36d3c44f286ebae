# reversed(): __reversed__ or the __len__/__getitem__ fallback
class Playlist:
    def __init__(self, songs):
        self.songs = songs
    def __len__(self):
        return len(self.songs)
    def __getitem__(self, i):
        print(f"  getitem {i}")
        return self.songs[i]

class Custom:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return iter(self.items)
    def __reversed__(self):
        print("  __reversed__ called")
        return iter(self.items[::-1])

p = Playlist(["a", "b", "c"])
print(list(reversed(p)))
print(list(reversed(Custom([1, 2, 3]))))
r = reversed(Custom("xyz"))
print(next(r), list(r))

class OnlyIter:
    def __iter__(self):
        return iter([1, 2])
try:
    reversed(OnlyIter())
except TypeError as e:
    print("TypeError:", e)

class NoneReversed:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
try:
    reversed(NoneReversed())
except TypeError as e:
    print("TypeError:", e)

class Word:
    def __init__(self, w):
        self.w = w
    def __reversed__(self):
        return Word(self.w[::-1])
    def __repr__(self):
        return f"Word({self.w!r})"
print(reversed(Word("stressed")))
print(list(reversed(range(5))), list(reversed([1, 2, 3])), "".join(reversed("abc")), list(reversed((1, 2))))
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
