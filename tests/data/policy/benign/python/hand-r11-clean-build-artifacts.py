# Ordinary build helper: removes the project's own build outputs (build/, dist/,
# *.egg-info, .pytest_cache, __pycache__) below the directory of this script,
# refusing to work anywhere that does not look like a project checkout.
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
TOP_LEVEL = ["build", "dist", ".pytest_cache", ".mypy_cache", "htmlcov", ".tox"]


def is_project(root):
    return any((root / marker).exists()
               for marker in ("pyproject.toml", "setup.py", "setup.cfg"))


def targets(root):
    for name in TOP_LEVEL:
        p = root / name
        if p.exists():
            yield p
    yield from root.glob("*.egg-info")
    yield from (p for p in root.rglob("__pycache__") if ".venv" not in p.parts)


def main():
    if not is_project(ROOT):
        sys.exit(f"{ROOT} is not a project directory")
    removed = 0
    for path in list(targets(ROOT)):
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink()
        removed += 1
        print("removed", path.relative_to(ROOT))
    coverage = ROOT / ".coverage"
    if coverage.exists():
        coverage.unlink()
    print(f"{removed} paths removed")


if __name__ == "__main__":
    main()
