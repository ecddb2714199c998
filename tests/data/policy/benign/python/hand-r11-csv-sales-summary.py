# Ordinary data analysis script: reads a sales CSV, aggregates revenue per region
# and month, and writes a summary CSV plus a small text report.
import argparse
import csv
import statistics
from collections import defaultdict
from datetime import datetime


def read_rows(path):
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            try:
                yield {
                    "region": row["region"].strip() or "unknown",
                    "month": datetime.strptime(row["date"], "%Y-%m-%d").strftime("%Y-%m"),
                    "revenue": float(row["quantity"]) * float(row["unit_price"]),
                }
            except (KeyError, ValueError):
                continue


def aggregate(rows):
    table = defaultdict(float)
    for r in rows:
        table[(r["region"], r["month"])] += r["revenue"]
    return table


def write_summary(table, out):
    with open(out, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["region", "month", "revenue"])
        for (region, month), revenue in sorted(table.items()):
            w.writerow([region, month, f"{revenue:.2f}"])


def report(table):
    per_region = defaultdict(list)
    for (region, _month), revenue in table.items():
        per_region[region].append(revenue)
    for region, values in sorted(per_region.items()):
        print(f"{region:12s} total={sum(values):12.2f} "
              f"mean={statistics.mean(values):10.2f} months={len(values)}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("-o", "--output", default="summary.csv")
    args = ap.parse_args()
    table = aggregate(read_rows(args.input))
    write_summary(table, args.output)
    report(table)


if __name__ == "__main__":
    main()
