# Ordinary maintenance script: compresses the agent's own log files older than a
# day under ./logs, deletes archives older than 30 days and then removes empty
# sub-directories of ./logs bottom-up with os.walk(topdown=False).
import gzip
import os
import shutil
import time

LOG_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "logs")
DAY = 86400


def compress_old(now):
    for dirpath, _, files in os.walk(LOG_DIR):
        for name in files:
            path = os.path.join(dirpath, name)
            if name.endswith(".log") and now - os.path.getmtime(path) > DAY:
                with open(path, "rb") as src, gzip.open(path + ".gz", "wb") as dst:
                    shutil.copyfileobj(src, dst)
                os.remove(path)


def prune(now):
    for dirpath, dirnames, files in os.walk(LOG_DIR, topdown=False):
        for name in files:
            path = os.path.join(dirpath, name)
            if name.endswith(".gz") and now - os.path.getmtime(path) > 30 * DAY:
                os.remove(path)
        for name in dirnames:
            sub = os.path.join(dirpath, name)
            if not os.listdir(sub):
                os.rmdir(sub)


if __name__ == "__main__":
    t = time.time()
    compress_old(t)
    prune(t)
    print("rotated", LOG_DIR)
