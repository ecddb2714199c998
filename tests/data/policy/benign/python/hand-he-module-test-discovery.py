import functools
import sys


def memo(fn):
    cache = {}

    @functools.wraps(fn)
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]

    wrapper.cache = cache
    return wrapper


@memo
def count_paths(rows, cols):
    """Number of monotone lattice paths in a rows x cols grid."""
    if rows == 1 or cols == 1:
        return 1
    return count_paths(rows - 1, cols) + count_paths(rows, cols - 1)


def test_small():
    assert count_paths(2, 2) == 2
    assert count_paths(3, 3) == 6


def test_large():
    assert count_paths(10, 10) == 48620


def test_wrapped():
    assert count_paths.__name__ == "count_paths"
    assert count_paths.__wrapped__(1, 5) == 1
    assert "lattice" in count_paths.__doc__


def run_tests():
    module = sys.modules[__name__]
    names = sorted(n for n in dir(module) if n.startswith("test_"))
    for name in names:
        getattr(module, name)()
        print(f"{name}: ok")
    return len(names)


if __name__ == "__main__":
    assert run_tests() == 3
