#!/usr/bin/env python3
"""Git helper whose subcommands are partial methods."""
import functools
import subprocess


class Repo:
    def __init__(self, path="."):
        self.path = path

    def _git(self, *args):
        out = subprocess.run(["git", "-C", self.path, *args], capture_output=True,
                             text=True, check=False)
        return out.stdout.strip()

    status = functools.partialmethod(_git, "status", "--short")
    branch = functools.partialmethod(_git, "rev-parse", "--abbrev-ref", "HEAD")
    log = functools.partialmethod(_git, "log", "--oneline", "-n")


def main():
    repo = Repo()
    print("branch:", repo.branch())
    print(repo.status() or "clean")
    print(repo.log("5"))


if __name__ == "__main__":
    main()
