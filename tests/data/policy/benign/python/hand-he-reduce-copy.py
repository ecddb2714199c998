import copy


class Interval:
    """A closed interval that supports copy via __reduce__."""

    def __init__(self, lo, hi):
        if lo > hi:
            lo, hi = hi, lo
        self.lo, self.hi = lo, hi

    def __reduce__(self):
        return (Interval, (self.lo, self.hi))

    def __eq__(self, other):
        return (self.lo, self.hi) == (other.lo, other.hi)

    def __repr__(self):
        return f"Interval({self.lo}, {self.hi})"


def merge_intervals(intervals):
    """Merge overlapping intervals; the input list is not modified."""
    items = sorted((copy.copy(i) for i in intervals), key=lambda i: i.lo)
    out = []
    for cur in items:
        if out and cur.lo <= out[-1].hi:
            out[-1].hi = max(out[-1].hi, cur.hi)
        else:
            out.append(cur)
    return out


def check(candidate):
    src = [Interval(1, 3), Interval(2, 6), Interval(8, 10), Interval(15, 18)]
    assert candidate(src) == [Interval(1, 6), Interval(8, 10), Interval(15, 18)]
    assert src[0] == Interval(1, 3)
    assert candidate([Interval(5, 4), Interval(4, 4)]) == [Interval(4, 5)]
    assert copy.deepcopy([Interval(0, 1)]) == [Interval(0, 1)]
    assert candidate([]) == []


check(merge_intervals)
