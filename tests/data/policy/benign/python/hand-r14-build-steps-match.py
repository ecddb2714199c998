# Ordinary: a small build runner for the project next to it. Steps are
# dictionaries dispatched with match/case (clean removes the project's own
# build/ directory), paths come from a function returning a tuple, and a
# worker thread takes the steps off a queue.Queue.
import queue
import shutil
import subprocess
import sys
import threading
from pathlib import Path


def layout():
    root = Path(__file__).resolve().parent
    return root, root / "build"


ROOT, BUILD = layout()
STEPS = [
    {"op": "clean", "dir": BUILD},
    {"op": "mkdir", "dir": BUILD},
    {"op": "test", "args": ["-q"]},
    {"op": "copy", "src": ROOT / "README.md", "dst": BUILD / "README.md"},
]


def run(step):
    match step:
        case {"op": "clean", "dir": target}:
            shutil.rmtree(target, ignore_errors=True)
        case {"op": "mkdir", "dir": target}:
            Path(target).mkdir(parents=True, exist_ok=True)
        case {"op": "test", "args": args}:
            subprocess.run([sys.executable, "-m", "pytest", *args], cwd=ROOT, check=False)
        case {"op": "copy", "src": src, "dst": dst}:
            if Path(src).exists():
                shutil.copy2(src, dst)
        case _:
            raise ValueError(step)


def worker(q, done):
    while (step := q.get()) is not None:
        run(step)
        done.append(step["op"])
        q.task_done()
    q.task_done()


def main():
    q = queue.Queue()
    done = []
    t = threading.Thread(target=worker, args=(q, done))
    t.start()
    for step in STEPS:
        q.put(step)
    q.put(None)
    q.join()
    t.join()
    print("ran:", ", ".join(done))
    return 0


if __name__ == "__main__":
    sys.exit(main())
