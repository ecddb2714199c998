#!/usr/bin/env python3
"""Load JSON lines of orders into SQLite and print a monthly report."""
import argparse
import json
import os
import sqlite3
import sys
import tempfile

SCHEMA = """
CREATE TABLE IF NOT EXISTS orders (
    id INTEGER PRIMARY KEY,
    customer TEXT NOT NULL,
    day TEXT NOT NULL,
    amount REAL NOT NULL
);
"""

SAMPLE = [
    {"id": 1, "customer": "acme", "day": "2024-01-03", "amount": 120.5},
    {"id": 2, "customer": "globex", "day": "2024-01-17", "amount": 80.0},
    {"id": 3, "customer": "acme", "day": "2024-02-02", "amount": 42.25},
    {"id": 4, "customer": "initech", "day": "2024-02-20", "amount": 310.0},
]


def load(conn, path):
    with open(path, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    conn.executemany(
        "INSERT OR REPLACE INTO orders (id, customer, day, amount) "
        "VALUES (:id, :customer, :day, :amount)", records)
    conn.commit()
    return len(records)


def report(conn):
    q = ("SELECT substr(day, 1, 7) AS month, customer, SUM(amount), COUNT(*) "
         "FROM orders GROUP BY month, customer ORDER BY month, SUM(amount) DESC")
    for month, customer, total, n in conn.execute(q):
        print(f"{month}  {customer:<10} {total:>9.2f}  ({n} orders)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("input", nargs="?", help="JSON lines file (default: sample data)")
    ap.add_argument("--db", default=":memory:")
    args = ap.parse_args()
    path = args.input
    if path is None:
        fd, path = tempfile.mkstemp(suffix=".jsonl")
        with os.fdopen(fd, "w") as f:
            f.writelines(json.dumps(r) + "\n" for r in SAMPLE)
    conn = sqlite3.connect(args.db)
    try:
        conn.executescript(SCHEMA)
        print(f"loaded {load(conn, path)} orders")
        report(conn)
    finally:
        conn.close()
        if args.input is None:
            os.remove(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
