# Recursion: deep recursion, RecursionError, mutual recursion, memoization.
import sys


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(20), fact(100) % 10**9, len(str(fact(500))))


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(is_even(100), is_odd(7))


def infinite(n):
    return infinite(n + 1) + 1


try:
    infinite(0)
except RecursionError as e:
    print("RecursionError:", e)


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


print(depth(900))
print(sys.getrecursionlimit())


def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves


print(len(hanoi(10, "A", "B", "C", [])), hanoi(2, "A", "B", "C", []))


def perms(xs):
    if len(xs) <= 1:
        return [xs]
    return [[x] + p for i, x in enumerate(xs) for p in perms(xs[:i] + xs[i + 1:])]


print(perms([1, 2, 3]))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3))


class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt

    def __repr__(self):
        return f"Node({self.v}, {self.nxt!r})"


print(Node(1, Node(2, Node(3))))
l = []
l.append(l)
print(l, str(l))


