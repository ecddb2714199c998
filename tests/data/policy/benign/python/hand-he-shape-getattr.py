import math


class Shapes:
    """area(kind, *dims) dispatches to area_<kind> via getattr."""

    def area_circle(self, r):
        return math.pi * r * r

    def area_rect(self, w, h):
        return w * h

    def area_triangle(self, a, b, c):
        s = (a + b + c) / 2
        return math.sqrt(s * (s - a) * (s - b) * (s - c))

    def area(self, kind, *dims):
        method = getattr(self, "area_" + kind, None)
        if method is None:
            raise ValueError(f"unknown shape {kind!r}")
        return method(*dims)


def total_area(specs):
    shapes = Shapes()
    return round(sum(shapes.area(kind, *dims) for kind, *dims in specs), 6)


def check(candidate):
    assert candidate([("rect", 2, 3)]) == 6
    assert candidate([("circle", 1)]) == round(math.pi, 6)
    assert candidate([("triangle", 3, 4, 5), ("rect", 1, 1)]) == 7
    assert candidate([]) == 0
    try:
        candidate([("hexagon", 1)])
    except ValueError:
        pass
    else:
        raise AssertionError("expected ValueError")


check(total_area)
