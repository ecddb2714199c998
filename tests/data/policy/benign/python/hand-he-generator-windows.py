# Ordinary HumanEval-style solution: maximum sum of k consecutive numbers,
# computed with a generator of sliding windows; asserts included.
from collections import deque
from itertools import islice


def windows(iterable, k):
    it = iter(iterable)
    win = deque(islice(it, k), maxlen=k)
    if len(win) == k:
        yield tuple(win)
    for x in it:
        win.append(x)
        yield tuple(win)


def max_window_sum(nums, k):
    """Return the largest sum of k consecutive elements, or None."""
    sums = (sum(w) for w in windows(nums, k))
    return max(sums, default=None)


assert max_window_sum([1, 2, 3, 4, 5], 2) == 9
assert max_window_sum([5, -1, 5], 3) == 9
assert max_window_sum([1], 2) is None
