"""Convert a text report to markdown next to it."""
import pathlib
import sys

src = pathlib.Path(sys.argv[1])
dst = src.with_suffix(".md")
dst.write_text("# Report\n\n" + src.read_text())
print("wrote", dst)
