"""Rebuild both versions of a file from a saved diff."""
import difflib

delta = ["- old line\n", "+ new line\n", "  same line\n"]
print("".join(difflib.restore(delta, 1)))
print("".join(difflib.restore(delta, 2)))
