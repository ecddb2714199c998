import importlib


def describe(numbers, measures=("mean", "median", "pstdev")):
    """Return a dict of the named statistics of numbers, each looked up by
    name in the statistics module."""
    stats = importlib.import_module("statistics")
    result = {}
    for name in measures:
        fn = getattr(stats, name, None)
        if not callable(fn):
            raise ValueError(f"unknown measure {name}")
        result[name] = round(fn(numbers), 6)
    return result


def check(candidate):
    assert candidate([1, 2, 3, 4]) == {"mean": 2.5, "median": 2.5, "pstdev": 1.118034}
    assert candidate([5], ("mean",)) == {"mean": 5}
    assert candidate([1, 1, 2], ("mode", "median_low")) == {"mode": 1, "median_low": 1}
    try:
        candidate([1], ("nope",))
    except ValueError:
        pass
    else:
        raise AssertionError("expected ValueError")


check(describe)
