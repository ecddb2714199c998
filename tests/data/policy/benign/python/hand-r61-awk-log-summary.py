#!/usr/bin/env python3
"""Per-status request counts from an nginx access log via awk."""
import subprocess
import sys

PROGRAM = r"""
{ status[$9]++ }
END { for (s in status) printf "%s %d\n", s, status[s] }
"""


def summary(path):
    out = subprocess.run(["awk", PROGRAM, path], capture_output=True, text=True,
                         check=True)
    rows = []
    for line in out.stdout.splitlines():
        code, count = line.split()
        rows.append((code, int(count)))
    return sorted(rows)


def main():
    for path in sys.argv[1:] or ["/var/log/nginx/access.log"]:
        print(path)
        for code, count in summary(path):
            print(f"  {code}: {count}")


if __name__ == "__main__":
    main()
