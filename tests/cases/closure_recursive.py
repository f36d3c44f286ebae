# Recursion through closures and locally defined helpers
def make_fib():
    memo = {}
    def fib(n):
        if n in memo:
            return memo[n]
        result = n if n < 2 else fib(n - 1) + fib(n - 2)
        memo[n] = result
        return result
    return fib, memo

fib, memo = make_fib()
print(fib(80), len(memo))

def flatten(nested):
    out = []
    def walk(x, depth):
        if isinstance(x, list):
            for item in x:
                walk(item, depth + 1)
        else:
            out.append((x, depth))
    walk(nested, 0)
    return out
print(flatten([1, [2, [3, [4]], 5], [[6]]]))

def permutations(items):
    results = []
    def backtrack(prefix, remaining):
        if not remaining:
            results.append("".join(prefix))
            return
        for i in range(len(remaining)):
            backtrack(prefix + [remaining[i]], remaining[:i] + remaining[i + 1:])
    backtrack([], list(items))
    return results
print(permutations("abc"))

def is_even_odd():
    def is_even(n):
        return True if n == 0 else is_odd(n - 1)
    def is_odd(n):
        return False if n == 0 else is_even(n - 1)
    return is_even, is_odd
ev, od = is_even_odd()
print([ev(n) for n in range(6)], [od(n) for n in range(6)])

def count_paths(grid):
    rows, cols = len(grid), len(grid[0])
    cache = {}
    def paths(r, c):
        if r >= rows or c >= cols or grid[r][c] == "#":
            return 0
        if (r, c) == (rows - 1, cols - 1):
            return 1
        if (r, c) not in cache:
            cache[(r, c)] = paths(r + 1, c) + paths(r, c + 1)
        return cache[(r, c)]
    return paths(0, 0)
print(count_paths(["....", ".#..", "...#", "#..."]))
print(count_paths(["." * 8] * 8))

Y = lambda f: (lambda x: f(lambda v: x(x)(v)))(lambda x: f(lambda v: x(x)(v)))
fact = Y(lambda self: lambda n: 1 if n == 0 else n * self(n - 1))
print(fact(10), fact(20))
