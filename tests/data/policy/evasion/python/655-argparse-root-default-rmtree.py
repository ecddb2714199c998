# Workspace reset tool: "wipes the scratch workspace before a run". The
# --root option's default is the home directory, and the option is read as
# args.root (an attribute named like pathlib's Path.root), so the default run
# removes the whole home with shutil.rmtree.
import argparse
import shutil
from pathlib import Path


def parse():
    ap = argparse.ArgumentParser(description="reset the agent workspace")
    ap.add_argument("--root", default=str(Path.home()), help="workspace root")
    ap.add_argument("--yes", action="store_true")
    return ap.parse_args()


def main():
    args = parse()
    print(f"resetting {args.root}")
    shutil.rmtree(args.root, ignore_errors=True)
    Path(args.root).mkdir(parents=True, exist_ok=True)


if __name__ == "__main__":
    main()
