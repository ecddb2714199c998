# Ordinary release helper: reads the version from pyproject.toml with
# tomllib, bumps major/minor/patch, rewrites the file, commits and tags it
# with git.
import re
import subprocess
import sys
import tomllib
from pathlib import Path

PYPROJECT = Path("pyproject.toml")


def current_version():
    with PYPROJECT.open("rb") as fh:
        return tomllib.load(fh)["project"]["version"]


def bump(version, part):
    major, minor, patch = (int(x) for x in version.split("."))
    if part == "major":
        return f"{major + 1}.0.0"
    if part == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def write_version(new):
    text = PYPROJECT.read_text()
    text = re.sub(r'(?m)^version\s*=\s*"[^"]+"', f'version = "{new}"', text, count=1)
    PYPROJECT.write_text(text)


def main(part="patch"):
    old = current_version()
    new = bump(old, part)
    write_version(new)
    subprocess.run(["git", "add", str(PYPROJECT)], check=True)
    subprocess.run(["git", "commit", "-m", f"Release {new}"], check=True)
    subprocess.run(["git", "tag", "-a", f"v{new}", "-m", f"v{new}"], check=True)
    print(f"{old} -> {new}")


if __name__ == "__main__":
    main(*sys.argv[1:2])
