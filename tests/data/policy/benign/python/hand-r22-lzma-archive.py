"""Compress log files with lzma."""
import lzma
import sys

for name in sys.argv[1:]:
    with open(name, "rb") as src, lzma.open(name + ".xz", "wb") as dst:
        dst.write(src.read())
