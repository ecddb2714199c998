# Ordinary HumanEval-style solution: two implementations of the n-th
# Fibonacci number, checked against each other and timed with timeit.
import timeit


def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib_fast(n):
    """Fast doubling."""
    def go(k):
        if k == 0:
            return 0, 1
        a, b = go(k // 2)
        c = a * (2 * b - a)
        d = a * a + b * b
        return (d, c + d) if k % 2 else (c, d)
    return go(n)[0]


for n in range(30):
    assert fib_iter(n) == fib_fast(n)
assert fib_fast(90) == 2880067194370816120

if __name__ == "__main__":
    t1 = timeit.timeit("fib_iter(500)", globals=globals(), number=200)
    t2 = timeit.timeit(lambda: fib_fast(500), number=200)
    print(f"iter {t1:.4f}s  fast {t2:.4f}s")
