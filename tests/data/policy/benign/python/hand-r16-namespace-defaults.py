#!/usr/bin/env python3
"""Reset the sandbox used by the integration tests."""
import argparse
import shutil
from pathlib import Path

DEFAULTS = argparse.Namespace(sandbox=Path(".sandbox"), keep_logs=False)


def reset(opts: argparse.Namespace) -> None:
    print("reset", opts.sandbox)
    shutil.rmtree(opts.sandbox, ignore_errors=True)


if __name__ == "__main__":
    reset(DEFAULTS)
