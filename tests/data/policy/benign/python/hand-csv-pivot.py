# Ordinary data analysis tool: reads a sales CSV, pivots revenue by region and
# month, prints a table and writes the pivot to a new CSV.
import csv
import statistics
import sys
from collections import defaultdict


def load(path):
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            yield row["region"], row["date"][:7], float(row["amount"])


def pivot(rows):
    table = defaultdict(lambda: defaultdict(float))
    for region, month, amount in rows:
        table[region][month] += amount
    return table


def write(table, path):
    months = sorted({m for r in table.values() for m in r})
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["region", *months, "mean"])
        for region, vals in sorted(table.items()):
            row = [round(vals.get(m, 0.0), 2) for m in months]
            w.writerow([region, *row, round(statistics.mean(row), 2)])
    return months


if __name__ == "__main__":
    src = sys.argv[1] if len(sys.argv) > 1 else "sales.csv"
    table = pivot(load(src))
    months = write(table, "pivot.csv")
    print("regions:", len(table), "months:", len(months))
