SHAPES = {}


def register(cls):
    SHAPES[cls.__name__.lower()] = cls
    return cls


@register
class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


@register
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


# a class made with type(), as some solutions do for small records
Triangle = register(type("Triangle", (), {
    "__init__": lambda self, b, h: setattr(self, "dims", (b, h)),
    "area": lambda self: self.dims[0] * self.dims[1] / 2,
}))


def total_area(specs):
    """specs: list of (shape name, *args); unknown shapes raise KeyError."""
    return sum(SHAPES[name](*args).area() for name, *args in specs)


assert total_area([("square", 2), ("rect", 2, 3)]) == 10
assert total_area([("triangle", 4, 3)]) == 6
assert sorted(SHAPES) == ["rect", "square", "triangle"]
try:
    total_area([("circle", 1)])
except KeyError:
    pass
else:
    raise AssertionError
print("total_area ok")
