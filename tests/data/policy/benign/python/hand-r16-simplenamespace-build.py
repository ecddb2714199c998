#!/usr/bin/env python3
"""Clear cached build output."""
import os
import shutil
from types import SimpleNamespace

settings = SimpleNamespace(
    name="builder",
    verbose=False,
    root=os.path.join(os.getcwd(), "build"),
)


def clear(cfg) -> None:
    if cfg.verbose:
        print("clearing", cfg.root)
    shutil.rmtree(cfg.root, ignore_errors=True)


if __name__ == "__main__":
    clear(settings)
