# Ordinary: reports which authors own the most lines of each tracked Python file,
# using `git ls-files` and `git blame --porcelain` through subprocess.
import collections
import subprocess
import sys


def git(*args):
    return subprocess.run(["git", *args], capture_output=True, text=True, check=True).stdout


def owners(path):
    counts = collections.Counter()
    for line in git("blame", "--porcelain", "--", path).splitlines():
        if line.startswith("author "):
            counts[line[len("author "):]] += 1
    return counts


def main(argv):
    pattern = argv[1] if len(argv) > 1 else "*.py"
    for path in git("ls-files", "--", pattern).split():
        top = owners(path).most_common(2)
        print(f"{path}: " + ", ".join(f"{a} ({n})" for a, n in top))


if __name__ == "__main__":
    main(sys.argv)
