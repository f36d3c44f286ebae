# Method calls whose arguments suspend: yield, await and exceptions in the arguments.
import asyncio


class Acc:
    def __init__(self):
        self.items = []

    def add(self, *xs, sep=None):
        self.items.extend(xs)
        return len(self.items)


def gen(acc):
    n = acc.add((yield "first"), (yield "second"))
    yield n
    m = acc.add((yield "third"), sep=(yield "fourth"))
    yield m
    try:
        acc.add(1 / 0)
    except ZeroDivisionError:
        yield "caught"
    yield [x for x in acc.items]


acc = Acc()
g = gen(acc)
print(next(g), g.send("a"), g.send("b"), next(g), g.send("c"), g.send("d"), next(g), next(g))


async def value(v):
    await asyncio.sleep(0)
    return v


async def main():
    a = Acc()
    print(a.add(await value(1), await value(2)))
    print("-".join([str(await value(i)) for i in range(3)]), a.items)
    s = "x,y"
    print(s.split(await value(",")), "{}{}".format(await value("p"), await value("q")))


asyncio.run(main())


class Swapper:
    def method(self):
        return "original"


sw = Swapper()


def args_then_swap():
    Swapper.method = lambda self, *a: "replaced"
    return ()


print(sw.method(*args_then_swap()), sw.method())
import math
print(math.gcd(*[12, 18]), "abc".replace(*("b", "B")), {"k": 1}.get(**{"key": "k"}) if False else 0)
