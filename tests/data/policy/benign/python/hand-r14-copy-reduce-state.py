# Ordinary: an immutable point type whose __reduce__ tells copy and pickle how
# to rebuild it (the class and its coordinates); a path is copied with
# copy.deepcopy before it is changed, with asserts.
import copy
import math


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)

    def __setattr__(self, name, value):
        raise AttributeError("Point is immutable")

    def __reduce__(self):
        return (Point, (self.x, self.y))

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def dist(self, other):
        return math.hypot(self.x - other.x, self.y - other.y)


def length(path):
    return sum(a.dist(b) for a, b in zip(path, path[1:]))


route = [Point(0, 0), Point(3, 4), Point(6, 8)]
saved = copy.deepcopy(route)
route.append(Point(6, 0))
assert saved == route[:3]
assert length(saved) == 10
assert length(route) == 18
assert copy.copy(Point(1, 2)) == Point(1, 2)
