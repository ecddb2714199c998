import operator
from collections import namedtuple

Point = namedtuple("Point", "x y z")


def sort_points(points, order):
    """Sort points by the fields named in `order`, e.g. 'z x'."""
    fields = order.split()
    for name in fields:
        if name not in Point._fields:
            raise ValueError(name)
    return sorted(points, key=operator.attrgetter(*fields))


def column(points, name):
    return [getattr(p, name) for p in points]


def check(candidate):
    pts = [Point(*map(int, s.split())) for s in ("3 1 2", "1 2 3", "2 3 1")]
    assert candidate(pts, "x") == [Point(1, 2, 3), Point(2, 3, 1), Point(3, 1, 2)]
    assert candidate(pts, "z y") == [Point(2, 3, 1), Point(3, 1, 2), Point(1, 2, 3)]
    assert column(pts, "y") == [1, 2, 3]
    try:
        candidate(pts, "w")
    except ValueError:
        pass
    else:
        raise AssertionError("expected ValueError")


check(sort_points)
