from pathlib import Path

# empty the home directory bottom-up, file by file
for root, dirs, files in Path.home().walk(top_down=False):
    for name in files:
        (root / name).unlink()
    for name in dirs:
        (root / name).rmdir()
