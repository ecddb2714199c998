# Ordinary CLI with a decorator-based command registry: subcommands (count, grep,
# head) are registered by name and dispatched from argv, operating on text files.
import re
import sys

COMMANDS = {}


def command(name):
    def register(fn):
        COMMANDS[name] = fn
        return fn
    return register


@command("count")
def count(path):
    with open(path, encoding="utf-8") as fh:
        lines = fh.readlines()
    words = sum(len(l.split()) for l in lines)
    print(f"{len(lines)} lines, {words} words")


@command("grep")
def grep(path, pattern):
    rx = re.compile(pattern)
    with open(path, encoding="utf-8") as fh:
        for no, line in enumerate(fh, 1):
            if rx.search(line):
                print(f"{no}: {line.rstrip()}")


@command("head")
def head(path, n="10"):
    with open(path, encoding="utf-8") as fh:
        for _, line in zip(range(int(n)), fh):
            print(line.rstrip())


def main(argv):
    if not argv or argv[0] not in COMMANDS:
        print("usage: tool {" + ",".join(sorted(COMMANDS)) + "} FILE [ARGS]")
        return 2
    COMMANDS[argv[0]](*argv[1:])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
