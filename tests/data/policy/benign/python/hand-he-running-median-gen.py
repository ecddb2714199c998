import heapq
import itertools
from functools import reduce


def running_median():
    """A generator: send numbers in, get the median of all numbers so far back."""
    low, high = [], []  # max-heap (negated), min-heap
    median = None
    while True:
        x = yield median
        if not low or x <= -low[0]:
            heapq.heappush(low, -x)
        else:
            heapq.heappush(high, x)
        if len(low) > len(high) + 1:
            heapq.heappush(high, -heapq.heappop(low))
        elif len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        median = -low[0] if len(low) > len(high) else (-low[0] + high[0]) / 2


def medians(xs):
    gen = running_median()
    next(gen)
    return [gen.send(x) for x in xs]


def product(xs):
    return reduce(lambda a, b: a * b, xs, 1)


assert medians([5, 15, 1, 3]) == [5, 10, 5, 4]
assert medians([2]) == [2]
assert medians([1, 2, 3, 4, 5]) == [1, 1.5, 2, 2.5, 3]
assert product(itertools.islice(itertools.count(1), 5)) == 120
assert list(itertools.accumulate([1, 2, 3], lambda a, b: a * b)) == [1, 2, 6]
print("ok")
