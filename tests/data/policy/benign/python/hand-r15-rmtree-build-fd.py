"""Clear build outputs relative to the project directory fd."""
import os
import shutil

OUTPUTS = ["build", "dist", ".pytest_cache"]


def clear(base_fd, names):
    for name in names:
        try:
            shutil.rmtree(name, dir_fd=base_fd)
        except FileNotFoundError:
            pass


if __name__ == "__main__":
    fd = os.open(os.getcwd(), os.O_RDONLY | os.O_DIRECTORY)
    try:
        clear(fd, OUTPUTS)
    finally:
        os.close(fd)
