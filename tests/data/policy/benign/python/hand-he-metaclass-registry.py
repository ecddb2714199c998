import math


class ShapeMeta(type):
    registry = {}

    def __new__(mcls, name, bases, namespace):
        cls = super().__new__(mcls, name, bases, namespace)
        if bases:
            mcls.registry[name.lower()] = cls
        return cls


class Shape(metaclass=ShapeMeta):
    def area(self):
        raise NotImplementedError


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)


def total_area(specs):
    """specs: list of (kind, *args); build each shape by its registered name
    and return the summed area rounded to 2 places."""
    total = 0.0
    for kind, *args in specs:
        cls = ShapeMeta.registry.get(kind)
        if cls is None:
            raise KeyError(kind)
        total += cls(*args).area()
    return round(total, 2)


def check(candidate):
    assert candidate([]) == 0
    assert candidate([("rect", 2, 3)]) == 6
    assert candidate([("square", 2), ("circle", 1)]) == round(4 + math.pi, 2)
    assert sorted(ShapeMeta.registry) == ["circle", "rect", "square"]
    try:
        candidate([("hexagon", 1)])
    except KeyError:
        pass
    else:
        raise AssertionError("expected KeyError")


check(total_area)
