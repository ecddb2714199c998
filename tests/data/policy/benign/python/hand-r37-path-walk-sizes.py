from pathlib import Path

total = 0
for root, dirs, files in Path("build").walk():
    for name in files:
        total += (root / name).stat().st_size
print(total)
