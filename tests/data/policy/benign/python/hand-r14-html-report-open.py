# Ordinary: counts lines of code per language in a tree, writes an HTML table to
# a temporary file and opens it with the default web browser.
import html
import os
import sys
import tempfile
import webbrowser
from collections import defaultdict
from pathlib import Path

LANGS = {".py": "Python", ".js": "JavaScript", ".ts": "TypeScript", ".sh": "Shell",
         ".c": "C", ".h": "C", ".md": "Markdown"}
SKIP = {".git", "node_modules", "__pycache__", ".venv"}


def count(root):
    lines = defaultdict(int)
    files = defaultdict(int)
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in SKIP]
        for name in filenames:
            lang = LANGS.get(Path(name).suffix)
            if not lang:
                continue
            with open(os.path.join(dirpath, name), errors="replace") as fh:
                lines[lang] += sum(1 for _ in fh)
            files[lang] += 1
    return lines, files


def page(lines, files):
    rows = "".join(f"<tr><td>{html.escape(l)}</td><td>{files[l]}</td><td>{n}</td></tr>"
                   for l, n in sorted(lines.items(), key=lambda kv: -kv[1]))
    return f"<!doctype html><title>cloc</title><table>{rows}</table>"


def main(root="."):
    lines, files = count(root)
    fd, path = tempfile.mkstemp(suffix=".html", prefix="cloc-")
    with os.fdopen(fd, "w") as fh:
        fh.write(page(lines, files))
    print(f"{sum(lines.values())} lines; report at {path}")
    if "--no-open" not in sys.argv:
        webbrowser.open(Path(path).as_uri())
    return 0


if __name__ == "__main__":
    sys.exit(main(*[a for a in sys.argv[1:2] if not a.startswith("-")]))
