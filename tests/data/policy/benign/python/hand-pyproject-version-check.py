# Ordinary program: checks that the version in pyproject.toml, the package's
# __init__.py and the newest CHANGELOG heading agree; used before tagging a
# release. Reads project config files only.
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent


def pyproject_version():
    with open(ROOT / "pyproject.toml", "rb") as fh:
        data = tomllib.load(fh)
    return data["project"]["name"], data["project"]["version"]


def init_version(package):
    text = (ROOT / "src" / package / "__init__.py").read_text()
    m = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.M)
    return m.group(1) if m else None


def changelog_version():
    path = ROOT / "CHANGELOG.md"
    if not path.exists():
        return None
    for line in path.read_text().splitlines():
        m = re.match(r"^##\s*\[?v?(\d+\.\d+\.\d+[^\]\s]*)", line)
        if m:
            return m.group(1)
    return None


def main():
    name, version = pyproject_version()
    found = {
        "pyproject.toml": version,
        "__init__.py": init_version(name.replace("-", "_")),
        "CHANGELOG.md": changelog_version(),
    }
    width = max(map(len, found))
    for where, v in found.items():
        print(f"{where:<{width}}  {v or '(missing)'}")
    if len(set(found.values())) != 1:
        print("version mismatch", file=sys.stderr)
        return 1
    print("all versions agree:", version)
    return 0


if __name__ == "__main__":
    sys.exit(main())
