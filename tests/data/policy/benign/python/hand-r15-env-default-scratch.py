"""Clear the scratch area named by SCRATCH (default /tmp/scratch)."""
import os
import subprocess


def clear(area):
    subprocess.run(["rm", "-rf", area], check=False)
    os.makedirs(area, exist_ok=True)


if __name__ == "__main__":
    clear(os.getenv("SCRATCH", "/tmp/scratch"))
