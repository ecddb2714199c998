import os

path = os.path.join(os.getcwd(), "mylib.gemspec")
with open(path, "rb") as fh:
    blob = fh.read()
print(len(blob), "bytes")
