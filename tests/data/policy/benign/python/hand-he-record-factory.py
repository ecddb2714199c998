def make_record(name, fields):
    """Create a small record class at runtime with type(): __slots__,
    __init__, __repr__ and __eq__, like a tiny namedtuple."""
    fields = tuple(fields)

    def __init__(self, *values):
        if len(values) != len(fields):
            raise TypeError(f"{name} takes {len(fields)} values")
        for field, value in zip(fields, values):
            setattr(self, field, value)

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{name}({inner})"

    def __eq__(self, other):
        return type(other) is type(self) and all(getattr(self, f) == getattr(other, f) for f in fields)

    namespace = {"__slots__": fields, "__init__": __init__, "__repr__": __repr__, "__eq__": __eq__}
    return type(name, (object,), namespace)


def check(candidate):
    Point = candidate("Point", ["x", "y"])
    p = Point(1, 2)
    assert repr(p) == "Point(x=1, y=2)"
    assert p == Point(1, 2) and p != Point(2, 1)
    assert Point.__name__ == "Point"
    try:
        p.z = 3
    except AttributeError:
        pass
    else:
        raise AssertionError("slots not enforced")
    try:
        Point(1)
    except TypeError:
        pass
    else:
        raise AssertionError("arity not checked")


check(make_record)
