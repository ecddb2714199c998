import importlib


def describe(values, measures=("mean", "median", "pstdev")):
    """Return {name: value} for statistics functions chosen by name."""
    stats = importlib.import_module("statistics")
    math = __import__("math")
    out = {}
    for name in measures:
        fn = getattr(stats, name)
        out[name] = round(fn(values), 4)
    out["range"] = max(values) - min(values)
    out["geo"] = round(math.prod(values) ** (1 / len(values)), 4)
    return out


def check(candidate):
    d = candidate([1, 2, 3, 4])
    assert d["mean"] == 2.5
    assert d["median"] == 2.5
    assert d["range"] == 3
    assert d["pstdev"] == 1.118
    assert candidate([2, 8], measures=("mean",)) == {"mean": 5, "range": 6, "geo": 4.0}


check(describe)
