# len() is computed inline for exact lists and tuples when the callee is
# the builtin itself; everything else must behave as usual.


class MyList(list):
    def __len__(self):
        return 42


class MyTuple(tuple):
    def __len__(self):
        return 7


def lens(xs):
    return [len(x) for x in xs]


data = [[], [1, 2, 3], (), (1,), "héllo", {"a": 1}, {1, 2}, range(5), b"ab",
        MyList([1]), MyTuple((1, 2)), [None] * 1000]
print(lens(data))
for _ in range(2):
    print(lens(data))

try:
    len(5)
except TypeError as e:
    print("TypeError:", e)


def call_len(*args):
    return len(*args)


for args in ((), ([1], [2])):
    try:
        call_len(*args)
    except TypeError as e:
        print("TypeError:", e)


class Bad:
    def __len__(self):
        return -1


try:
    len(Bad())
except ValueError as e:
    print("ValueError:", e)


def shadowed_local(xs):
    len = lambda x: "local len"
    return len(xs)


print(shadowed_local([1, 2]))

import builtins

orig = builtins.len


def use_len(x):
    return len(x)


print(use_len([1, 2, 3]))
len = lambda x: "global len " + str(orig(x))
print(use_len([1, 2, 3]), use_len((1,)))
del len
print(use_len([1, 2, 3]))
builtins.len = lambda x: "builtins len"
print(use_len([1, 2, 3]))
builtins.len = orig
print(use_len([1, 2, 3]))

xs = []
for i in range(5):
    xs.append(i)
    print(len(xs), len(tuple(xs)))
