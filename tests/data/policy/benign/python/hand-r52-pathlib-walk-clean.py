from pathlib import Path

def clean(root: Path):
    for dirpath, dirnames, filenames in root.walk(top_down=False):
        for f in filenames:
            if f.endswith(".pyc"):
                (dirpath / f).unlink()

clean(Path("build"))
