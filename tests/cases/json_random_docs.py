# Randomly generated documents (a seeded generator, so CPython makes the
# same ones) encoded with random options through dumps and dump, and
# decoded again.
import io
import json
import random

rng = random.Random(11)
class Obj:
    def __init__(self, v): self.v = v
class MyDict(dict):
    pass
class MyList(list):
    pass
class MyInt(int):
    def __repr__(self): return "MyInt!"
class MyFloat(float):
    def __repr__(self): return "MyFloat!"
class MyStr(str):
    pass
strs = ["", "a", "é", "\n\t\"\\", "\x00\x1f\x7f", "日本", "😀", "k"]
def gen(d):
    r = rng.random()
    if d > 3 or r < 0.3:
        c = rng.randrange(14)
        return [None, True, False, rng.randint(-10**20, 10**20), rng.random() * 10**rng.randint(-10, 30), rng.choice(strs),
                float("nan"), float("inf"), -0.0, MyInt(5), MyFloat(2.5), MyStr("ms"), Obj(1), {1, 2}][c]
    if r < 0.6:
        return [gen(d + 1) for _ in range(rng.randrange(4))] if rng.random() < 0.8 else tuple(gen(d + 1) for _ in range(rng.randrange(3)))
    if r < 0.65:
        return MyList([gen(d + 1)])
    keys = [rng.choice(strs), rng.randint(-5, 5), 1.5, True, None, False, (1, 2), rng.choice(strs) + "x"]
    dct = {}
    for _ in range(rng.randrange(5)):
        dct[rng.choice(keys)] = gen(d + 1)
    return MyDict(dct) if rng.random() < 0.1 else dct
def default(o):
    if isinstance(o, Obj): return {"obj": o.v}
    if isinstance(o, set): return sorted(o)
    raise TypeError("nope " + type(o).__name__)
for t in range(400):
    o = gen(0)
    kw = {}
    if rng.random() < 0.5: kw["indent"] = rng.choice([None, 0, 2, "\t", -1])
    if rng.random() < 0.3: kw["sort_keys"] = True
    if rng.random() < 0.3: kw["separators"] = rng.choice([(",", ":"), (";", "=")])
    if rng.random() < 0.3: kw["ensure_ascii"] = False
    if rng.random() < 0.3: kw["skipkeys"] = True
    if rng.random() < 0.2: kw["allow_nan"] = False
    if rng.random() < 0.7: kw["default"] = default
    try:
        text = json.dumps(o, **kw)
        print(text)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
        continue
    out = io.StringIO()
    json.dump(o, out, **kw)
    if out.getvalue() != text:
        print("dump differs:", out.getvalue())
    if kw.get("allow_nan", True) and not kw.get("separators"):
        back = json.loads(text)
        if json.dumps(back, **kw) != text and "MyInt" not in text:
            print("round trip changed:", json.dumps(back, **kw))
