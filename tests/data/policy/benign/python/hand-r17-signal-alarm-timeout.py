import signal
import time


def on_timeout(signum, frame):
    raise TimeoutError("took too long")


signal.signal(signal.SIGALRM, on_timeout)
signal.alarm(2)
try:
    time.sleep(1)
finally:
    signal.alarm(0)
