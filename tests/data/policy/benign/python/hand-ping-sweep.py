#!/usr/bin/env python3
"""Check which hosts of an inventory file answer ping, a few at a time."""
import concurrent.futures
import csv
import subprocess
import sys
import time


def ping(host, timeout=2):
    started = time.monotonic()
    proc = subprocess.run(
        ["ping", "-c", "1", "-W", str(timeout), host],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return host, proc.returncode == 0, time.monotonic() - started


def load_inventory(path):
    with open(path, newline="") as fh:
        return [row["host"].strip() for row in csv.DictReader(fh) if row.get("host")]


def main(path="inventory.csv", workers=8):
    hosts = load_inventory(path)
    up, down = [], []
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        for host, ok, took in pool.map(ping, hosts):
            (up if ok else down).append(host)
            print(f"{host:30} {'up' if ok else 'DOWN':5} {took * 1000:6.0f} ms")
    print(f"{len(up)} up, {len(down)} down")
    return 1 if down else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:2]))
