# Ordinary developer tool: builds the HTML docs with sphinx-build and opens the
# index page in the default web browser.
import pathlib
import subprocess
import sys
import webbrowser

DOCS = pathlib.Path("docs")
OUT = DOCS / "_build" / "html"


def build():
    cmd = [sys.executable, "-m", "sphinx", "-b", "html", "-q", str(DOCS), str(OUT)]
    return subprocess.run(cmd).returncode


if __name__ == "__main__":
    if build() != 0:
        sys.exit("docs build failed")
    index = (OUT / "index.html").resolve()
    webbrowser.open(index.as_uri())
