"""Long-running crawl of a local docs tree with a pickle checkpoint so it can resume."""
import os
import pickle
import sys
import time
from pathlib import Path

CHECKPOINT = Path(".crawl-state.pkl")


class State:
    def __init__(self, root):
        self.root = root
        self.pending = [root]
        self.seen = set()
        self.word_counts = {}

    def __repr__(self):
        return f"State(pending={len(self.pending)}, seen={len(self.seen)})"


def save(state):
    tmp = CHECKPOINT.with_suffix(".tmp")
    with open(tmp, "wb") as fh:
        pickle.dump(state, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, CHECKPOINT)


def restore(root):
    if CHECKPOINT.exists():
        with open(CHECKPOINT, "rb") as fh:
            state = pickle.load(fh)
        if state.root == root:
            print(f"resuming {state}")
            return state
    return State(root)


def step(state):
    current = state.pending.pop()
    if current in state.seen:
        return
    state.seen.add(current)
    p = Path(current)
    if p.is_dir():
        state.pending.extend(str(c) for c in sorted(p.iterdir()))
    elif p.suffix in {".md", ".txt", ".rst"}:
        text = p.read_text(encoding="utf-8", errors="replace")
        state.word_counts[current] = len(text.split())


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "docs")
    state = restore(root)
    last = time.monotonic()
    while state.pending:
        step(state)
        if time.monotonic() - last > 5:
            save(state)
            last = time.monotonic()
    total = sum(state.word_counts.values())
    print(f"{len(state.word_counts)} documents, {total} words")
    CHECKPOINT.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
