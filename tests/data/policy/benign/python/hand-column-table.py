"""Print a CSV report whose columns and tools come from small tables."""
import csv
import shutil
import subprocess
import sys

COLUMNS = ["name", "size", "owner"]
TOOLS = ["git", "ls"]


def tracked_files():
    out = subprocess.run([TOOLS[0], "ls-files"], capture_output=True, text=True, check=True)
    return out.stdout.split()


def listing():
    return subprocess.run([TOOLS[-1], "-la"], capture_output=True, text=True).stdout


def main():
    w = csv.writer(sys.stdout)
    w.writerow(COLUMNS)
    for f in tracked_files()[:20]:
        w.writerow([f, len(f), COLUMNS[2]])
    print(listing(), file=sys.stderr)
    print(shutil.which(TOOLS[0]))


if __name__ == "__main__":
    main()
