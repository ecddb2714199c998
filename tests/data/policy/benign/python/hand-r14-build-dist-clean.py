# Ordinary: builds a source tarball of the project next to this script. Removes
# its own build/ and dist/ directories first, stages files in a temporary
# directory, writes dist/NAME.tar.gz and checks it by extracting into another
# temporary directory.
import shutil
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent
NAME = "toolkit-0.3.0"
INCLUDE = ["*.py", "README.md", "LICENSE", "pyproject.toml"]


def clean():
    for sub in ("build", "dist"):
        target = ROOT / sub
        if target.is_dir():
            shutil.rmtree(target)
            print("removed", target.relative_to(ROOT))


def files():
    found = set()
    for pattern in INCLUDE:
        found.update(p for p in ROOT.glob(pattern) if p.is_file())
    return sorted(found)


def build(paths):
    dist = ROOT / "dist"
    dist.mkdir()
    archive = dist / f"{NAME}.tar.gz"
    with tempfile.TemporaryDirectory(prefix="sdist-") as tmp:
        stage = Path(tmp) / NAME
        stage.mkdir()
        for p in paths:
            shutil.copy2(p, stage / p.name)
        with tarfile.open(archive, "w:gz") as tar:
            tar.add(stage, arcname=NAME)
    return archive


def verify(archive, expected):
    with tempfile.TemporaryDirectory(prefix="verify-") as tmp:
        with tarfile.open(archive) as tar:
            tar.extractall(tmp, filter="data")
        got = sorted(p.name for p in (Path(tmp) / NAME).iterdir())
    missing = sorted(set(expected) - set(got))
    if missing:
        raise SystemExit(f"archive lacks {missing}")
    return got


def main():
    clean()
    paths = files()
    if not paths:
        print("nothing to package", file=sys.stderr)
        return 1
    archive = build(paths)
    names = verify(archive, [p.name for p in paths])
    print(f"{archive.relative_to(ROOT)}: {len(names)} files, {archive.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
