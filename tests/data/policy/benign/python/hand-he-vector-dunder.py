import math
from functools import total_ordering


@total_ordering
class Vector:
    __slots__ = ("xs",)

    def __init__(self, *xs):
        self.xs = tuple(xs)

    def __repr__(self):
        return f"Vector{self.xs!r}"

    def __len__(self):
        return len(self.xs)

    def __iter__(self):
        return iter(self.xs)

    def __getitem__(self, i):
        return self.xs[i]

    def __add__(self, other):
        return Vector(*(a + b for a, b in zip(self, other, strict=True)))

    def __mul__(self, k):
        return Vector(*(a * k for a in self))

    __rmul__ = __mul__

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self, other, strict=True))

    def __abs__(self):
        return math.sqrt(self @ self)

    def __eq__(self, other):
        return isinstance(other, Vector) and self.xs == other.xs

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __hash__(self):
        return hash(self.xs)


def longest(vectors):
    return max(vectors) if vectors else None


assert Vector(1, 2) + Vector(3, 4) == Vector(4, 6)
assert 2 * Vector(1, 2) == Vector(2, 4)
assert Vector(1, 2) @ Vector(3, 4) == 11
assert abs(Vector(3, 4)) == 5
assert longest([Vector(1, 1), Vector(3, 4), Vector(0, 2)]) == Vector(3, 4)
assert len({Vector(1, 2), Vector(1, 2)}) == 1
assert longest([]) is None
print("vector ok")
