import os.path

files = ["report.txt", "data.csv", "notes.md"]
for f in files:
    stem, ext = os.path.splitext(f)
    print(stem, ext)
