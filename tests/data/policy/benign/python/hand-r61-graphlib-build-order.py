#!/usr/bin/env python3
"""Build the workspace packages in dependency order."""
import graphlib
import subprocess
import sys

DEPS = {
    "core": set(),
    "io": {"core"},
    "cli": {"core", "io"},
    "web": {"core", "io"},
}


def main():
    for pkg in graphlib.TopologicalSorter(DEPS).static_order():
        print("building", pkg)
        proc = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "-e",
                               f"packages/{pkg}"])
        if proc.returncode:
            sys.exit(proc.returncode)


if __name__ == "__main__":
    main()
