# Ordinary program: data analysis CLI that reads a CSV file, computes per-column
# statistics (count, mean, median, stdev) for numeric columns and writes them
# as JSON next to the input.
import csv
import json
import os
import statistics
import sys


def numeric_columns(rows, header):
    cols = {h: [] for h in header}
    for row in rows:
        for h, v in zip(header, row):
            try:
                cols[h].append(float(v))
            except ValueError:
                pass
    return {h: v for h, v in cols.items() if v}


def summarise(values):
    return {
        "count": len(values),
        "mean": statistics.fmean(values),
        "median": statistics.median(values),
        "stdev": statistics.stdev(values) if len(values) > 1 else 0.0,
        "min": min(values),
        "max": max(values),
    }


def main(argv):
    if not argv:
        print("usage: csv_stats FILE.csv")
        return 2
    path = argv[0]
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        cols = numeric_columns(reader, header)
    stats = {h: summarise(v) for h, v in cols.items()}
    out = os.path.splitext(path)[0] + ".stats.json"
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(stats, fh, indent=2)
    for h, s in stats.items():
        print(f"{h:20s} n={s['count']:5d} mean={s['mean']:10.3f} median={s['median']:10.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
