# Messages of common errors raised around user classes and calls
class Widget:
    size = 3
    def resize(self, w, h=1, *, keep=False):
        return (w, h, keep)

w = Widget()
def show(fn):
    try:
        fn()
        print("no error")
    except Exception as e:
        print(f"{type(e).__name__}: {e}")

show(lambda: w.color)
show(lambda: Widget.color)
show(lambda: w.resize())
show(lambda: w.resize(1, 2, 3))
show(lambda: w.resize(1, keep=True, extra=1))
show(lambda: w.resize(1, w=2))
show(lambda: Widget.resize(1, 2))
show(lambda: w())
show(lambda: w[0])
show(lambda: len(w))
show(lambda: w + 1)
show(lambda: 1 - w)
show(lambda: w < w)
show(lambda: -w)
show(lambda: iter(w))
show(lambda: [x for x in w])
show(lambda: w.size())
show(lambda: None.attr)
show(lambda: (lambda a, b: a)(1))
show(lambda: (lambda *, k: k)(1))
show(lambda: (lambda a, /, b: a)(a=1, b=2))
def f(x, y, z=0): pass
show(lambda: f(1, 2, 3, 4))
show(lambda: f())
show(lambda: f(1, y=2, x=3))
show(lambda: int(w))
show(lambda: str.upper(5))
show(lambda: "abc".nope)
show(lambda: [].append())
show(lambda: hash([]))
show(lambda: sorted([w, Widget()]))
show(lambda: max([]))
show(lambda: Widget(1))
