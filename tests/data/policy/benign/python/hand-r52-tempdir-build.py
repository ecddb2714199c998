"""Scratch space for the build."""
import os
import tempfile

with tempfile.TemporaryDirectory(prefix="build-") as scratch:
    path = os.path.join(scratch, "out.txt")
    with open(path, "w") as fh:
        fh.write("ok\n")
    print(os.listdir(scratch))
