# Naive recursive Fibonacci.
# Stresses: function call overhead, small-int arithmetic, comparisons.

N = 34


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    total = 0
    last = 0
    for i in range(N - 4, N + 1):
        last = fib(i)
        total += last
    print(f"fib({N}) = {last}")
    print(f"checksum: {total}")


main()
