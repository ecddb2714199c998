from functools import total_ordering


@total_ordering
class Interval:
    __slots__ = ("lo", "hi")

    def __init__(self, lo, hi):
        if lo > hi:
            lo, hi = hi, lo
        self.lo, self.hi = lo, hi

    def __contains__(self, x):
        return self.lo <= x <= self.hi

    def __len__(self):
        return self.hi - self.lo + 1

    def __iter__(self):
        return iter(range(self.lo, self.hi + 1))

    def __eq__(self, other):
        return isinstance(other, Interval) and (self.lo, self.hi) == (other.lo, other.hi)

    def __lt__(self, other):
        return (self.lo, self.hi) < (other.lo, other.hi)

    def __hash__(self):
        return hash((type(self).__name__, self.lo, self.hi))

    def __or__(self, other):
        if other.lo > self.hi + 1 or self.lo > other.hi + 1:
            raise ValueError("disjoint")
        return type(self)(min(self.lo, other.lo), max(self.hi, other.hi))

    def __repr__(self):
        return f"{self.__class__.__name__}({self.lo}, {self.hi})"


def merge(intervals):
    """Merge overlapping or touching integer intervals."""
    out = []
    for iv in sorted(intervals):
        if out and iv.lo <= out[-1].hi + 1:
            out[-1] = out[-1] | iv
        else:
            out.append(iv)
    return out


assert merge([Interval(5, 1), Interval(4, 8), Interval(10, 12)]) == [Interval(1, 8), Interval(10, 12)]
assert 3 in Interval(1, 5) and 6 not in Interval(1, 5)
assert len(Interval(2, 4)) == 3 and list(Interval(2, 4)) == [2, 3, 4]
assert len({Interval(1, 2), Interval(2, 1)}) == 1
assert repr(Interval(0, 1)) == "Interval(0, 1)"
assert Interval(0, 1) < Interval(0, 2) <= Interval(0, 2)
print("ok")
