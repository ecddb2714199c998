# Ordinary: summarises a CSV of sales by region and shows the report through
# pydoc.pager (which honours $PAGER) when stdout is a terminal.
import csv
import pydoc
import statistics
import sys
from collections import defaultdict


def summarize(path):
    by_region = defaultdict(list)
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            by_region[row["region"]].append(float(row["amount"]))
    lines = [f"{'region':<12}{'n':>6}{'total':>12}{'median':>10}"]
    for region, values in sorted(by_region.items()):
        lines.append(f"{region:<12}{len(values):>6}{sum(values):>12.2f}{statistics.median(values):>10.2f}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    text = summarize(sys.argv[1] if len(sys.argv) > 1 else "sales.csv")
    if sys.stdout.isatty():
        pydoc.pager(text)
    else:
        sys.stdout.write(text)
