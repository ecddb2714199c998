# Ordinary data analysis: reads access logs (plain or .gz), buckets requests
# per minute and reports minutes whose count is more than 3 standard
# deviations from the mean, plus the top status codes.
import gzip
import re
import statistics
import sys
from collections import Counter
from datetime import datetime

LINE = re.compile(r'\S+ \S+ \S+ \[(?P<ts>[^\]]+)\] "(?P<req>[^"]*)" (?P<status>\d{3})')


def open_log(path):
    return gzip.open(path, "rt") if path.endswith(".gz") else open(path, encoding="utf-8")


def parse(paths):
    per_minute, statuses = Counter(), Counter()
    for path in paths:
        with open_log(path) as fh:
            for line in fh:
                m = LINE.match(line)
                if not m:
                    continue
                ts = datetime.strptime(m["ts"].split()[0], "%d/%b/%Y:%H:%M:%S")
                per_minute[ts.replace(second=0)] += 1
                statuses[m["status"]] += 1
    return per_minute, statuses


def anomalies(per_minute, k=3.0):
    counts = list(per_minute.values())
    if len(counts) < 2:
        return []
    mean, sd = statistics.mean(counts), statistics.pstdev(counts)
    return [(t, c) for t, c in sorted(per_minute.items()) if sd and abs(c - mean) > k * sd]


if __name__ == "__main__":
    pm, st = parse(sys.argv[1:])
    for t, c in anomalies(pm):
        print(f"{t:%Y-%m-%d %H:%M}  {c} requests")
    print("status codes:", ", ".join(f"{s}={n}" for s, n in st.most_common(5)))
