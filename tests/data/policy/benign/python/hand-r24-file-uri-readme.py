"""Load a document by URL, local files included."""
import sys
import urllib.request
from pathlib import Path

src = sys.argv[1] if len(sys.argv) > 1 else Path("README.md").resolve().as_uri()
with urllib.request.urlopen(src) as r:
    text = r.read().decode("utf-8", "replace")
print(len(text.splitlines()), "lines")
