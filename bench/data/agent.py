"""Summarise a CSV of sales: the kind of program an agent writes."""
import csv
import io
import json
import math
import os
import statistics
import subprocess
from collections import Counter, defaultdict
from datetime import datetime

DATA = """date,region,product,units,price
2026-01-03,north,widget,12,3.5
2026-01-04,south,gadget,3,12.0
2026-01-04,north,gizmo,7,8.25
2026-01-05,east,widget,20,3.5
"""


def load(text):
    rows = []
    for row in csv.DictReader(io.StringIO(text)):
        row["units"] = int(row["units"])
        row["price"] = float(row["price"])
        row["date"] = datetime.strptime(row["date"], "%Y-%m-%d")
        rows.append(row)
    return rows


def summarise(rows):
    by_region = defaultdict(float)
    counts = Counter()
    for r in rows:
        by_region[r["region"]] += r["units"] * r["price"]
        counts[r["product"]] += r["units"]
    revenue = [r["units"] * r["price"] for r in rows]
    return {
        "regions": dict(by_region),
        "top": counts.most_common(2),
        "mean": statistics.mean(revenue),
        "stdev": round(statistics.pstdev(revenue), 3),
        "log_total": math.log(sum(revenue)),
    }


if __name__ == "__main__":
    rows = load(DATA)
    report = summarise(rows)
    print(json.dumps(report, indent=2, default=str))
    print(os.environ.get("HOME"), subprocess.run(["date"], capture_output=True).returncode)
