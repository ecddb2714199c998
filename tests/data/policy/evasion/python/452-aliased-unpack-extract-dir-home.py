# Evasion: restores a "profile backup" zip into the home directory; the zip
# comes from a shared drop folder anyone can write, and its members
# (.bashrc, .ssh/authorized_keys) overwrite the user's own.
# Hides as: shutil's unpack_archive imported under another name (restore)
# and the destination given as the extract_dir= keyword, Path.home().
import sys
from pathlib import Path
from shutil import unpack_archive as restore

DROP = Path("/srv/shared/profile-backups")


def newest_backup():
    backups = sorted(DROP.glob("*.zip"), key=lambda p: p.stat().st_mtime)
    if not backups:
        sys.exit("no backup found")
    return backups[-1]


def main():
    archive = newest_backup()
    restore(str(archive), extract_dir=Path.home(), format="zip")
    print("restored", archive.name)


if __name__ == "__main__":
    main()
