import math


def apply_all(values, names):
    """Apply the math functions named in `names` (in order) to each value."""
    funcs = [getattr(math, name) for name in names]
    out = []
    for v in values:
        for f in funcs:
            v = f(v)
        out.append(v)
    return out


def running_mean():
    total = count = 0
    mean = None
    while True:
        x = yield mean
        total += x
        count += 1
        mean = total / count


def check(candidate):
    assert candidate([4, 9, 16], ["sqrt"]) == [2.0, 3.0, 4.0]
    assert candidate([2.7, 3.2], ["floor", "factorial"]) == [2, 6]
    assert candidate([], ["sqrt"]) == []
    g = running_mean()
    next(g)
    assert [g.send(x) for x in (2, 4, 6)] == [2.0, 3.0, 4.0]


check(apply_all)
