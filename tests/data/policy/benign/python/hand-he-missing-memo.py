class Memo(dict):
    """A dict that computes missing entries with a function of the key."""

    def __init__(self, func):
        super().__init__()
        self.func = func

    def __missing__(self, key):
        value = self[key] = self.func(key)
        return value


def count_paths(n):
    """Number of lattice paths through an n x n grid (central binomial)."""
    table = Memo(lambda k: 1 if 0 in k else table[(k[0] - 1, k[1])] + table[(k[0], k[1] - 1)])
    return table[(n, n)]


def fib(n):
    memo = Memo(lambda k: k if k < 2 else memo[k - 1] + memo[k - 2])
    return memo[n]


def check(candidate):
    assert candidate(0) == 1
    assert candidate(1) == 2
    assert candidate(2) == 6
    assert candidate(10) == 184756
    assert fib(30) == 832040


check(count_paths)
