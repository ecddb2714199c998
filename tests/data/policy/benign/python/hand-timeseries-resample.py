# Ordinary program: data analysis on a CSV of timestamped measurements:
# resamples to fixed buckets (mean/min/max per bucket), flags buckets more
# than 3 sigma away, and prints a table; stdlib only.
import csv
import statistics
import sys
from collections import defaultdict
from datetime import datetime, timezone


def load(path):
    rows = []
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            ts = datetime.fromisoformat(row["time"]).replace(tzinfo=timezone.utc)
            rows.append((ts.timestamp(), float(row["value"])))
    return sorted(rows)


def resample(rows, seconds):
    buckets = defaultdict(list)
    for ts, value in rows:
        buckets[int(ts // seconds) * seconds].append(value)
    return {k: (statistics.fmean(v), min(v), max(v), len(v)) for k, v in sorted(buckets.items())}


def outliers(summary, sigmas=3.0):
    means = [m for m, *_ in summary.values()]
    if len(means) < 2:
        return set()
    mu, sd = statistics.fmean(means), statistics.pstdev(means)
    return {k for k, (m, *_rest) in summary.items() if sd and abs(m - mu) > sigmas * sd}


def main(path, seconds="300"):
    summary = resample(load(path), int(seconds))
    flagged = outliers(summary)
    print(f"{'bucket':<20} {'mean':>10} {'min':>10} {'max':>10} {'n':>5}")
    for k, (mean, lo, hi, n) in summary.items():
        when = datetime.fromtimestamp(k, timezone.utc).strftime("%Y-%m-%d %H:%M")
        mark = " *" if k in flagged else ""
        print(f"{when:<20} {mean:>10.3f} {lo:>10.3f} {hi:>10.3f} {n:>5}{mark}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
