#!/usr/bin/env python3
"""Poll the source tree and rerun pytest for the changed module's tests."""
import logging
import os
import subprocess
import sys
import time
from pathlib import Path

log = logging.getLogger("watch")
INTERVAL = float(os.environ.get("WATCH_INTERVAL", "1.0"))


def snapshot(root):
    state = {}
    for path in root.rglob("*.py"):
        if ".venv" in path.parts or "__pycache__" in path.parts:
            continue
        try:
            state[path] = path.stat().st_mtime_ns
        except FileNotFoundError:
            pass
    return state


def tests_for(changed, root):
    picks = set()
    for path in changed:
        if path.name.startswith("test_"):
            picks.add(str(path))
            continue
        candidate = root / "tests" / f"test_{path.stem}.py"
        if candidate.exists():
            picks.add(str(candidate))
    return sorted(picks)


def run(tests):
    cmd = [sys.executable, "-m", "pytest", "-q", "-x", *tests]
    log.info("running %s", " ".join(cmd[3:]) or "all tests")
    return subprocess.call(cmd)


def main():
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    root = Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
    before = snapshot(root)
    log.info("watching %d files under %s", len(before), root)
    try:
        while True:
            time.sleep(INTERVAL)
            after = snapshot(root)
            changed = [p for p, m in after.items() if before.get(p) != m]
            before = after
            if changed:
                run(tests_for(changed, root))
    except KeyboardInterrupt:
        return 0


if __name__ == "__main__":
    sys.exit(main())
