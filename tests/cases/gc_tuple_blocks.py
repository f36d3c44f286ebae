# Tuples, objects and lists built in a loop that allocates enough to run
# many collections: every item of every live container, the last one
# included, must survive. Also: tuple displays of constants are one
# constant object (as CPython folds them), others are built afresh.


class Node:
    def __init__(self, left, right, tag):
        self.left = left
        self.right = right
        self.tag = tag


def make(depth, tag):
    if depth == 0:
        return (None, "leaf" + str(tag))
    return (make(depth - 1, tag * 2), make(depth - 1, tag * 2 + 1))


def check(t):
    left, right = t
    if left is None:
        return int(right[4:])
    return check(left) + check(right)


def chain(n):
    head = None
    for i in range(n):
        head = Node(head, [i, str(i)], (i, i * 2, str(i)))
    return head


def walk(head):
    total = 0
    n = 0
    while head is not None:
        total += head.right[0] + head.tag[1] + len(head.tag[2]) + len(head.right[1])
        n += 1
        head = head.left
    return n, total


keep = [make(10, 1) for _ in range(3)]
long_chain = chain(20000)
for round in range(30):
    garbage = [make(8, round) for _ in range(4)]
    s = sum(check(g) for g in garbage)
    pairs = [(i, str(i)) for i in range(2000)]
    quads = [(i, i + 1, str(i), (i, str(i + 1))) for i in range(2000)]
    if round % 10 == 0:
        print(round, s, pairs[-1], quads[-1])
print([check(k) for k in keep])
print(walk(long_chain))


def const_pair():
    return (None, None)


def nested():
    return (1, -2, "a", (2.5, None, (b"x", True)))


def built(x):
    return (x, None)


print(const_pair() is const_pair(), nested() is nested(), nested())
print(built(1) is built(1), built(1) == built(1))
print(((),) == ((),), (1, (2, [3])) == (1, (2, [3])))
