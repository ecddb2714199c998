"""Bump the version in setup.cfg in place."""
import fileinput

for line in fileinput.input("setup.cfg", inplace=True):
    if line.startswith("version ="):
        line = "version = 1.2.4\n"
    print(line, end="")
