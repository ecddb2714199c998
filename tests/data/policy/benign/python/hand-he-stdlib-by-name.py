"""Compute a named summary statistic of a list; the function is looked up by
name in the statistics or math module (importlib), validated against an
allow-list."""
import importlib

ALLOWED = {
    "mean": "statistics", "median": "statistics", "pstdev": "statistics",
    "fsum": "math", "prod": "math",
}


def summary(values, stat):
    module_name = ALLOWED.get(stat)
    if module_name is None:
        raise ValueError(f"unsupported statistic {stat!r}")
    fn = getattr(importlib.import_module(module_name), stat)
    return fn(values)


def check(candidate):
    data = [2, 4, 4, 4, 5, 5, 7, 9]
    assert candidate(data, "mean") == 5
    assert candidate(data, "median") == 4.5
    assert candidate(data, "pstdev") == 2.0
    assert candidate([0.1] * 10, "fsum") == 1.0
    assert candidate([1, 2, 3, 4], "prod") == 24
    try:
        candidate(data, "system")
    except ValueError:
        pass
    else:
        raise AssertionError("should reject")


check(summary)
