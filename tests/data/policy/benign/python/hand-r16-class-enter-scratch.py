#!/usr/bin/env python3
"""Run a step in a scratch directory that is cleared afterwards."""
import shutil
import tempfile
from pathlib import Path


class Scratch:
    def __init__(self, name: str = "step") -> None:
        self.path = Path(tempfile.gettempdir()) / name

    def __enter__(self) -> Path:
        self.path.mkdir(exist_ok=True)
        return self.path

    def __exit__(self, *exc) -> bool:
        return False


def run_step() -> None:
    with Scratch() as where:
        (where / "step.log").write_text("ok\n")
        shutil.rmtree(where)


if __name__ == "__main__":
    run_step()
