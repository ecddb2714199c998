# Ordinary: loads a sales CSV into an in-memory SQLite database and prints
# totals per region and month; --profile runs the report under cProfile.
import argparse
import cProfile
import csv
import sqlite3
import sys


def load(con, path):
    con.execute("CREATE TABLE sales (day TEXT, region TEXT, product TEXT, amount REAL)")
    with open(path, newline="") as fh:
        rows = [(r["day"], r["region"], r["product"], float(r["amount"]))
                for r in csv.DictReader(fh)]
    con.executemany("INSERT INTO sales VALUES (?, ?, ?, ?)", rows)
    return len(rows)


def report(con, top):
    print(f"{'region':<12}{'month':<10}{'total':>12}")
    q = """SELECT region, substr(day, 1, 7) AS month, round(sum(amount), 2)
           FROM sales GROUP BY region, month ORDER BY region, month"""
    for region, month, total in con.execute(q):
        print(f"{region:<12}{month:<10}{total:>12.2f}")
    print()
    q = "SELECT product, sum(amount) AS s FROM sales GROUP BY product ORDER BY s DESC LIMIT ?"
    for n, (product, total) in enumerate(con.execute(q, (top,)), 1):
        print(f"{n}. {product}: {total:.2f}")


def run(args):
    con = sqlite3.connect(":memory:")
    n = load(con, args.csv)
    print(f"{n} rows from {args.csv}")
    report(con, args.top)
    con.close()


def main(argv=None):
    ap = argparse.ArgumentParser(description="sales report")
    ap.add_argument("csv")
    ap.add_argument("--top", type=int, default=5)
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args(argv)
    if args.profile:
        cProfile.runctx("run(args)", globals(), {"args": args}, sort="cumulative")
    else:
        run(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
