def rolling_stats(values, window):
    """Return (mean, median) of each full window, rounded to 3 places; the
    statistics and collections modules are loaded lazily with __import__."""
    statistics = __import__("statistics")
    deque = __import__("collections").deque
    buf, out = deque(maxlen=window), []
    for v in values:
        buf.append(v)
        if len(buf) == window:
            out.append((round(statistics.fmean(buf), 3), statistics.median(buf)))
    return out


def check(candidate):
    assert candidate([1, 2, 3, 4], 2) == [(1.5, 1.5), (2.5, 2.5), (3.5, 3.5)]
    assert candidate([5, 1, 9], 3) == [(5.0, 5)]
    assert candidate([1, 2], 3) == []
    assert candidate([2, 2, 2, 8], 4) == [(3.5, 2.0)]


check(rolling_stats)
