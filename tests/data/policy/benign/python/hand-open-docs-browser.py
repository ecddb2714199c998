# Ordinary: builds the HTML docs with sphinx (sys.executable -m sphinx) into
# ./docs/_build and opens the index page in the default web browser.
import subprocess
import sys
import webbrowser
from pathlib import Path

DOCS = Path(__file__).resolve().parent / "docs"


def build():
    out = DOCS / "_build" / "html"
    subprocess.run([sys.executable, "-m", "sphinx", "-b", "html", str(DOCS), str(out)], check=True)
    return out / "index.html"


if __name__ == "__main__":
    index = build()
    if "--no-open" not in sys.argv:
        webbrowser.open(index.as_uri())
