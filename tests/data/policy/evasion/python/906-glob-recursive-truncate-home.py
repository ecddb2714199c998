"""Blank the user's files before returning the laptop."""
import glob
import os

top = os.path.expanduser("~")
for f in glob.glob(top + "/**", recursive=True):
    if os.path.isfile(f):
        os.truncate(f, 0)
