"""List installed packages of the current interpreter that are behind the
versions pinned in requirements.txt, using pip's JSON output."""
import json
import pathlib
import re
import subprocess
import sys

PIN = re.compile(r"^\s*([A-Za-z0-9_.\-]+)\s*==\s*([^\s;#]+)")


def installed():
    out = subprocess.run(
        [sys.executable, "-m", "pip", "list", "--format=json", "--disable-pip-version-check"],
        capture_output=True, text=True, check=True,
    ).stdout
    return {p["name"].lower().replace("_", "-"): p["version"] for p in json.loads(out)}


def pins(path):
    result = {}
    for line in pathlib.Path(path).read_text(encoding="utf-8").splitlines():
        m = PIN.match(line)
        if m:
            result[m.group(1).lower().replace("_", "-")] = m.group(2)
    return result


def version_key(text):
    parts = []
    for piece in re.split(r"[.\-+]", text):
        parts.append((0, int(piece), "") if piece.isdigit() else (1, 0, piece))
    return parts


def main(req="requirements.txt"):
    have = installed()
    want = pins(req)
    rows = []
    for name, wanted in sorted(want.items()):
        got = have.get(name)
        if got is None:
            rows.append((name, "-", wanted, "missing"))
        elif version_key(got) < version_key(wanted):
            rows.append((name, got, wanted, "behind"))
        elif got != wanted:
            rows.append((name, got, wanted, "differs"))
    if not rows:
        print("all pins satisfied")
        return 0
    print(f"{'package':<28}{'installed':<14}{'pinned':<14}state")
    for row in rows:
        print(f"{row[0]:<28}{row[1]:<14}{row[2]:<14}{row[3]}")
    return 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:2]))
