# Binary trees (after the Computer Language Benchmarks Game).
# Trees are tuples (left, right); a leaf is (None, None).
# Stresses: allocation of many short-lived small objects, garbage
# collection / reference counting, recursion.

MAX_DEPTH = 16
MIN_DEPTH = 4


def make_tree(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make_tree(depth), make_tree(depth))


def check_tree(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check_tree(left) + check_tree(right)


def main():
    max_depth = MAX_DEPTH
    if MIN_DEPTH + 2 > max_depth:
        max_depth = MIN_DEPTH + 2
    stretch_depth = max_depth + 1
    total = 0

    c = check_tree(make_tree(stretch_depth))
    print(f"stretch tree of depth {stretch_depth}\t check: {c}")
    total += c

    long_lived = make_tree(max_depth)

    depth = MIN_DEPTH
    while depth <= max_depth:
        iterations = 2 ** (max_depth - depth + MIN_DEPTH)
        check = 0
        for _ in range(iterations):
            check += check_tree(make_tree(depth))
        print(f"{iterations}\t trees of depth {depth}\t check: {check}")
        total += check
        depth += 2

    c = check_tree(long_lived)
    print(f"long lived tree of depth {max_depth}\t check: {c}")
    total += c
    print(f"checksum: {total}")


main()
