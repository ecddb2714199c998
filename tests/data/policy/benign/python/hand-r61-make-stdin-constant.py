#!/usr/bin/env python3
"""Build the small C helpers with a makefile kept in this script."""
import subprocess
import sys

MAKEFILE = (
    "CC ?= cc\n"
    "CFLAGS ?= -O2 -Wall\n"
    "all: hash.o crc.o\n"
    "%.o: csrc/%.c\n"
    "\t$(CC) $(CFLAGS) -c -o $@ $<\n"
    "clean:\n"
    "\t$(RM) -r build *.o\n"
    "\t@echo cleaned $(notdir $(CURDIR))\n"
)


def main():
    target = sys.argv[1] if len(sys.argv) > 1 else "all"
    proc = subprocess.run(["make", "-j4", "-f", "-", target], input=MAKEFILE,
                          text=True)
    sys.exit(proc.returncode)


if __name__ == "__main__":
    main()
